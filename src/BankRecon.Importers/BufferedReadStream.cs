namespace BankRecon.Importers;

/// <summary>
/// Makes a forward-only stream (an HTTP upload) seekable by spooling it to a temporary file, so detection can peek at
/// the head and rewind without holding the file in memory.
/// </summary>
internal sealed class BufferedReadStream : Stream
{
    private readonly FileStream _spool;

    public BufferedReadStream(Stream source)
    {
        _spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        source.CopyTo(_spool);
        _spool.Position = 0;
    }

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => _spool.Length;

    public override long Position
    {
        get => _spool.Position;
        set => _spool.Position = value;
    }

    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count) => _spool.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => _spool.Seek(offset, origin);

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _spool.Dispose();
        base.Dispose(disposing);
    }
}
