using System.Runtime.CompilerServices;
using System.Threading.Channels;
using BankRecon.Importers;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Application.Statements;

/// <summary>
/// Runs the (synchronous, streaming) statement parser on a worker thread and hands its events to async code through a
/// small bounded channel: the database work of an import overlaps with parsing, and memory stays flat because the
/// parser waits when the writer falls behind. Lines travel in batches to keep the hand-over cheap.
/// </summary>
internal static class StreamedStatementReader
{
    private const int LinesPerEvent = 1000;
    private const int ChannelCapacity = 8;

    public static async IAsyncEnumerable<ParseEvent> ReadAsync(Stream content, ParseOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<ParseEvent>(new BoundedChannelOptions(ChannelCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() =>
        {
            try
            {
                var sink = new ChannelSink(channel.Writer, stop.Token);
                var format = StatementReader.Read(content, options, sink);
                sink.Flush();
                sink.Write(new ParseEvent(ParseEvent.EventKind.Completed) { Format = format });
                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.TryComplete(ex);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            // The consumer stopped early (refusal, failure): let the parser stop at its next line, and wait for it so
            // that nobody reads the stream after we return.
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private sealed class ChannelSink(ChannelWriter<ParseEvent> writer, CancellationToken stop) : IStatementSink
    {
        private List<ParsedLine> _lines = new(LinesPerEvent);

        public void StartStatement(StatementHeader header) => Write(new ParseEvent(ParseEvent.EventKind.StatementStarted) { Header = header });

        public void Line(ParsedLine line)
        {
            _lines.Add(line);
            if (_lines.Count >= LinesPerEvent) Flush();
        }

        public void EndStatement(StatementHeader header)
        {
            Flush();
            Write(new ParseEvent(ParseEvent.EventKind.StatementEnded) { Header = header });
        }

        public void Diagnostic(ParseDiagnostic diagnostic) => Write(new ParseEvent(ParseEvent.EventKind.Diagnostic) { Diagnostic = diagnostic });

        public void Flush()
        {
            if (_lines.Count == 0) return;
            var batch = _lines;
            _lines = new List<ParsedLine>(LinesPerEvent);
            Write(new ParseEvent(ParseEvent.EventKind.Lines) { Lines = batch });
        }

        public void Write(ParseEvent item)
        {
            while (!writer.TryWrite(item))
            {
                // Runs on a worker thread: blocking here is how the parser waits for the database.
                if (!writer.WaitToWriteAsync(stop).AsTask().GetAwaiter().GetResult()) throw new OperationCanceledException(stop);
            }
        }
    }
}
