namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// An inverted index from string keys to ascending ids, stored as one int array plus offsets (no list or array per
/// key), looked up by string or by character span. Build with <see cref="Add(string, int)"/> in ascending id order, then
/// <see cref="Freeze"/>.
/// </summary>
internal sealed class PostingIndex
{
    private readonly Dictionary<string, int> _slots;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private List<int>? _postingSlots;
    private List<int>? _postingIds;
    private List<int>? _lastIdBySlot;
    private int[] _offsets = [0];
    private int[] _ids = [];

    /// <param name="capacity">Expected number of postings (sizes the buffers once instead of growing them).</param>
    public PostingIndex(int capacity = 0)
    {
        _slots = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _lookup = _slots.GetAlternateLookup<ReadOnlySpan<char>>();
        _postingSlots = new List<int>(capacity);
        _postingIds = new List<int>(capacity);
        _lastIdBySlot = new List<int>(capacity);
    }

    public int KeyCount => _slots.Count;

    public void Add(string key, int id)
    {
        if (!_slots.TryGetValue(key, out var slot))
        {
            slot = _slots.Count;
            _slots.Add(key, slot);
            _lastIdBySlot!.Add(-1);
        }

        AddPosting(slot, id);
    }

    /// <summary>As <see cref="Add(string, int)"/>; a string is made only for a key not seen before.</summary>
    public void Add(ReadOnlySpan<char> key, int id)
    {
        if (!_lookup.TryGetValue(key, out var slot))
        {
            slot = _slots.Count;
            _slots.Add(key.ToString(), slot);
            _lastIdBySlot!.Add(-1);
        }

        AddPosting(slot, id);
    }

    private void AddPosting(int slot, int id)
    {
        if (_lastIdBySlot![slot] == id) return;
        _lastIdBySlot[slot] = id;
        _postingSlots!.Add(slot);
        _postingIds!.Add(id);
    }

    public PostingIndex Freeze()
    {
        if (_postingSlots is null) return this;
        var counts = new int[_slots.Count + 1];
        foreach (var slot in _postingSlots) counts[slot + 1]++;
        for (var i = 1; i < counts.Length; i++) counts[i] += counts[i - 1];
        _offsets = (int[])counts.Clone();
        _ids = new int[_postingIds!.Count];
        for (var i = 0; i < _postingSlots.Count; i++) _ids[counts[_postingSlots[i]]++] = _postingIds[i];
        _postingSlots = null;
        _postingIds = null;
        _lastIdBySlot = null;
        return this;
    }

    public ReadOnlySpan<int> Get(string key) => _slots.TryGetValue(key, out var slot) ? Slice(slot) : default;

    public ReadOnlySpan<int> Get(ReadOnlySpan<char> key) => _lookup.TryGetValue(key, out var slot) ? Slice(slot) : default;

    private ReadOnlySpan<int> Slice(int slot) => _ids.AsSpan(_offsets[slot], _offsets[slot + 1] - _offsets[slot]);
}
