using System.Numerics;
using System.Runtime.CompilerServices;

namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// An inverted index from string keys to ascending ids, looked up by string or by character span. Build with
/// <see cref="Add(ReadOnlySpan{char}, int)"/> in ascending id order, then <see cref="Freeze(PostingScratch)"/>; look up only after.
/// <para>
/// Everything is kept in a few arrays of numbers and characters, with no object per key: the keys' characters in one
/// buffer, an open-addressing table of (hash, key) pairs, and the ids of all keys in one array with offsets. A ledger
/// of a million entries has millions of keys (document numbers, references, name words); as strings in a dictionary
/// they were millions of objects that every garbage collection during a run had to visit or copy.
/// </para>
/// <para>
/// <see cref="Add(ReadOnlySpan{char}, int)"/> only records the posting; <see cref="Freeze(PostingScratch)"/> builds the table in
/// slot order (the postings bucketed by where their hash lands), so that filling a table of millions of slots walks
/// it front to back instead of jumping to a random slot, and a cache miss, per key.
/// </para>
/// </summary>
internal sealed class PostingIndex
{
    /// <summary>Most postings per table slot (keys are at most the postings; linear probing stays short below this).</summary>
    private const double MaxLoad = 0.7;

    /// <summary>Buckets of the slot-order pass: a table region per bucket small enough to stay in the cache.</summary>
    private const int SlotBucketBits = 12;

    private char[] _chars;
    private int _charCount;

    // while building: every posting in the order added (its key's hash, first character and id); a posting's
    // characters end where the next one's start
    private int[]? _postingHash;
    private int[]? _postingStart;
    private int[]? _postingIds;
    private int _postingCount;

    // frozen: key k has characters _chars[_keys[3k] ..][.. _keys[3k + 1]] and ids _ids[_keys[3k + 2] .. _keys[3k + 5])
    private int[] _keys = [0, 0, 0];
    private int _keyCount;

    // slot → (hash << 32) | (key + 1), 0 = empty; capacity a power of two
    private long[] _table = new long[1];
    private int _mask;

    private int[] _ids = [];

    /// <param name="postings">Expected number of postings (sizes the buffers once instead of growing them).</param>
    /// <param name="chars">Expected number of key characters over all postings.</param>
    public PostingIndex(int postings, int chars)
    {
        var capacity = Math.Max(postings, 4);
        _chars = new char[Math.Max(chars, 16)];
        // only the part written is ever read
        _postingHash = GC.AllocateUninitializedArray<int>(capacity);
        _postingStart = GC.AllocateUninitializedArray<int>(capacity + 1);
        _postingIds = GC.AllocateUninitializedArray<int>(capacity);
    }

    public int KeyCount => _keyCount;

    public void Add(string key, int id) => Add(key.AsSpan(), id);

    public void Add(ReadOnlySpan<char> key, int id)
    {
        if (_postingIds is null) throw new InvalidOperationException("The index is frozen.");
        if (_postingCount == _postingIds.Length)
        {
            var size = _postingCount * 2;
            Array.Resize(ref _postingHash, size);
            Array.Resize(ref _postingStart, size + 1);
            Array.Resize(ref _postingIds, size);
        }

        if (_charCount + key.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_charCount + key.Length, _chars.Length * 2));
        key.CopyTo(_chars.AsSpan(_charCount));
        var p = _postingCount++;
        _postingHash![p] = string.GetHashCode(key);
        _postingStart![p] = _charCount;
        _postingIds[p] = id;
        _charCount += key.Length;
        _postingStart[p + 1] = _charCount;
    }

    /// <summary>Builds the look-up; its working arrays are made for this call only.</summary>
    public PostingIndex Freeze() => Freeze(new PostingScratch());

    /// <summary>
    /// Builds the look-up, with working arrays from <paramref name="scratch"/>: the indexes one thread freezes one
    /// after another share them, instead of each making four arrays the size of its postings that are garbage as soon
    /// as it is built (at a million entries, tens of megabytes on the large object heap, whose growth is what brings on
    /// a full collection).
    /// </summary>
    // fully optimised from the first call: a run calls it only a few times, each over millions of postings
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PostingIndex Freeze(PostingScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        if (_postingIds is null) return this;
        var count = _postingCount;
        var slots = (int)Math.Min(1 << 30, BitOperations.RoundUpToPowerOf2((uint)(count / MaxLoad) + 2));
        _table = new long[slots];
        _mask = slots - 1;

        // the postings moved into slot order: a stable counting sort by the top bits of each one's home slot, so the
        // table below is filled front to back and repeats of a key keep the order they were added in
        var shift = Math.Max(0, BitOperations.Log2((uint)slots) - SlotBucketBits);
        var next = new int[(slots >> shift) + 1];
        for (var p = 0; p < count; p++) next[((_postingHash![p] & _mask) >> shift) + 1]++;
        for (var b = 1; b < next.Length; b++) next[b] += next[b - 1];
        var (hashes, starts, lengths, ids) = scratch.Take(count);
        for (var p = 0; p < count; p++)
        {
            var at = next[(_postingHash![p] & _mask) >> shift]++;
            hashes[at] = _postingHash[p];
            starts[at] = _postingStart![p];
            lengths[at] = _postingStart[p + 1] - _postingStart[p];
            ids[at] = _postingIds![p];
        }

        // the arrays postings were added into are free now: they serve below as the per-key counts and the sorted ids
        var spareCounts = _postingStart!;
        var spareIds = _postingIds!;
        _postingHash = null;
        _postingStart = null;
        _postingIds = null;

        // one key per distinct string, numbered in slot order; a key's characters stay where its first posting put
        // them. Keys are numbered as met (key k <= posting i), so their starts and lengths go in place into the arrays
        // being read, and hashes[i] becomes the key of posting i.
        var keyStarts = starts;
        var keyLengths = lengths;
        for (var i = 0; i < count; i++)
        {
            var hash = hashes[i];
            var key = _chars.AsSpan(starts[i], lengths[i]);
            var slot = hash & _mask;
            var k = -1;
            for (; _table[slot] != 0; slot = (slot + 1) & _mask)
            {
                var entry = _table[slot];
                if ((int)(entry >> 32) != hash) continue;
                var candidate = (int)entry - 1;
                if (!key.SequenceEqual(_chars.AsSpan(keyStarts[candidate], keyLengths[candidate]))) continue;
                k = candidate;
                break;
            }

            if (k < 0)
            {
                k = _keyCount++;
                keyStarts[k] = starts[i];
                keyLengths[k] = key.Length;
                _table[slot] = ((long)hash << 32) | (uint)(k + 1);
            }

            hashes[i] = k;
        }

        // the ids per key, in the order added (ascending); an id added twice for a key (a word twice in one name) is
        // kept once: as ids ascend, repeats are neighbours
        var keyOf = hashes;
        var first = spareCounts;
        Array.Clear(first, 0, _keyCount + 1);
        for (var i = 0; i < count; i++) first[keyOf[i] + 1]++;
        for (var k = 1; k <= _keyCount; k++) first[k] += first[k - 1];
        var sorted = spareIds;
        for (var i = 0; i < count; i++) sorted[first[keyOf[i]]++] = ids[i];
        _keys = new int[3 * _keyCount + 3];
        var written = 0;
        var from = 0;
        for (var k = 0; k < _keyCount; k++)
        {
            _keys[3 * k] = keyStarts[k];
            _keys[3 * k + 1] = keyLengths[k];
            _keys[3 * k + 2] = written;
            for (var i = from; i < first[k]; i++)
            {
                if (written > _keys[3 * k + 2] && sorted[written - 1] == sorted[i]) continue;
                sorted[written++] = sorted[i];
            }

            from = first[k];
        }

        _keys[3 * _keyCount + 2] = written;
        _ids = sorted[..written];
        return this;
    }

    public ReadOnlySpan<int> Get(string key) => Get(key.AsSpan());

    public ReadOnlySpan<int> Get(ReadOnlySpan<char> key)
    {
        if (_keyCount == 0) return default;
        var hash = string.GetHashCode(key);
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var entry = _table[slot];
            if (entry == 0) return default;
            if ((int)(entry >> 32) != hash) continue;
            var k = (int)entry - 1;
            if (key.SequenceEqual(_chars.AsSpan(_keys[3 * k], _keys[3 * k + 1]))) return _ids.AsSpan(_keys[3 * k + 2], _keys[3 * k + 5] - _keys[3 * k + 2]);
        }
    }
}

/// <summary>
/// Working arrays for <see cref="PostingIndex.Freeze(PostingScratch)"/>, kept between the indexes one thread builds;
/// not for two threads at once.
/// </summary>
internal sealed class PostingScratch
{
    private int[] _hashes = [];
    private int[] _starts = [];
    private int[] _lengths = [];
    private int[] _ids = [];

    /// <summary>Four arrays of at least <paramref name="count"/> numbers each, their contents undefined.</summary>
    public (int[] Hashes, int[] Starts, int[] Lengths, int[] Ids) Take(int count)
    {
        if (_hashes.Length < count)
        {
            _hashes = GC.AllocateUninitializedArray<int>(count);
            _starts = GC.AllocateUninitializedArray<int>(count);
            _lengths = GC.AllocateUninitializedArray<int>(count);
            _ids = GC.AllocateUninitializedArray<int>(count);
        }

        return (_hashes, _starts, _lengths, _ids);
    }
}
