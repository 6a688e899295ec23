using System.Numerics;

namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// An inverted index from string keys to ascending ids, looked up by string or by character span. Build with
/// <see cref="Add(ReadOnlySpan{char}, int)"/> in ascending id order, then <see cref="Freeze"/>.
/// <para>
/// Everything is kept in a few arrays of numbers and characters, with no object per key: the keys' characters back
/// to back in one buffer, an open-addressing table of (hash, key) pairs, and the ids of all keys in one array with
/// offsets. A ledger of a million entries has millions of keys (document numbers, references, name words); as strings
/// in a dictionary they were millions of objects that every garbage collection during a run had to visit or copy,
/// and a key seen only once cost a string of its own.
/// </para>
/// </summary>
internal sealed class PostingIndex
{
    private const int CharsPerKeyEstimate = 8;

    // key k: characters _chars[_keys[2k] .. _keys[2k + 2]), ids _ids[_keys[2k + 1] .. _keys[2k + 3]) once frozen
    private char[] _chars;
    private int _charCount;
    private int[] _keys;
    private int _keyCount;

    // slot → (hash << 32) | (key + 1), 0 = empty; capacity a power of two, at most half full
    private long[] _table;
    private int _mask;

    // while building: every (key, id) in the order added, and the last id added per key (repeats are skipped)
    private int[]? _postingKeys;
    private int[]? _postingIds;
    private int _postingCount;
    private int[]? _lastId;

    private int[] _ids = [];

    /// <param name="capacity">Expected number of postings (sizes the buffers once instead of growing them).</param>
    public PostingIndex(int capacity = 0)
    {
        var keys = Math.Max(capacity, 4);
        _chars = new char[capacity * CharsPerKeyEstimate];
        _keys = new int[2 * keys + 2];
        _lastId = new int[keys];
        _postingKeys = new int[keys];
        _postingIds = new int[keys];
        var slots = (int)Math.Min(1 << 30, Math.Max(8, BitOperations.RoundUpToPowerOf2((uint)keys * 2)));
        _table = new long[slots];
        _mask = slots - 1;
    }

    public int KeyCount => _keyCount;

    public void Add(string key, int id) => Add(key.AsSpan(), id);

    public void Add(ReadOnlySpan<char> key, int id)
    {
        var hash = string.GetHashCode(key);
        var k = Find(key, hash);
        if (k < 0) k = AddKey(key, hash);
        else if (_lastId![k] == id) return;
        _lastId![k] = id;
        if (_postingCount == _postingKeys!.Length)
        {
            Array.Resize(ref _postingKeys, _postingCount * 2);
            Array.Resize(ref _postingIds, _postingCount * 2);
        }

        _postingKeys[_postingCount] = k;
        _postingIds![_postingCount++] = id;
    }

    public PostingIndex Freeze()
    {
        if (_postingKeys is null) return this;
        // counting sort of the postings by key; ids stay in the order added (ascending) within a key
        var starts = new int[_keyCount + 1];
        for (var i = 0; i < _postingCount; i++) starts[_postingKeys[i] + 1]++;
        for (var k = 1; k <= _keyCount; k++) starts[k] += starts[k - 1];
        for (var k = 0; k <= _keyCount; k++) _keys[2 * k + 1] = starts[k];
        _ids = new int[_postingCount];
        for (var i = 0; i < _postingCount; i++) _ids[starts[_postingKeys[i]]++] = _postingIds![i];
        _postingKeys = null;
        _postingIds = null;
        _lastId = null;
        return this;
    }

    public ReadOnlySpan<int> Get(string key) => Get(key.AsSpan());

    public ReadOnlySpan<int> Get(ReadOnlySpan<char> key)
    {
        var k = Find(key, string.GetHashCode(key));
        return k < 0 ? default : _ids.AsSpan(_keys[2 * k + 1], _keys[2 * k + 3] - _keys[2 * k + 1]);
    }

    private int Find(ReadOnlySpan<char> key, int hash)
    {
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var entry = _table[slot];
            if (entry == 0) return -1;
            if ((int)(entry >> 32) != hash) continue;
            var k = (int)entry - 1;
            var start = _keys[2 * k];
            if (key.SequenceEqual(_chars.AsSpan(start, _keys[2 * k + 2] - start))) return k;
        }
    }

    private int AddKey(ReadOnlySpan<char> key, int hash)
    {
        if (_charCount + key.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_charCount + key.Length, _chars.Length * 2));
        if (2 * _keyCount + 4 > _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
            Array.Resize(ref _lastId, _lastId!.Length * 2);
        }

        key.CopyTo(_chars.AsSpan(_charCount));
        var k = _keyCount++;
        _keys[2 * k] = _charCount;
        _charCount += key.Length;
        _keys[2 * k + 2] = _charCount;
        if (2 * _keyCount > _table.Length) Grow();
        Insert(_table, _mask, hash, k);
        return k;
    }

    private static void Insert(long[] table, int mask, int hash, int k)
    {
        var slot = hash & mask;
        while (table[slot] != 0) slot = (slot + 1) & mask;
        table[slot] = ((long)hash << 32) | (uint)(k + 1);
    }

    private void Grow()
    {
        var table = new long[_table.Length * 2];
        var mask = table.Length - 1;
        foreach (var entry in _table)
        {
            if (entry != 0) Insert(table, mask, (int)(entry >> 32), (int)entry - 1);
        }

        _table = table;
        _mask = mask;
    }
}
