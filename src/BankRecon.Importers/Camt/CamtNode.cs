namespace BankRecon.Importers.Camt;

/// <summary>
/// One XML element of a small camt subtree (an entry, a balance, the account): local name, text, the <c>Ccy</c>
/// attribute and child elements. Nodes come from a <see cref="CamtNodeReader"/> pool and are only valid until the
/// reader reads the next subtree, which keeps memory flat however many entries a file has.
/// </summary>
internal sealed class CamtNode
{
    private readonly List<CamtNode> _children = [];

    public string Name { get; private set; } = "";

    public string? Text { get; set; }

    /// <summary>The <c>Ccy</c> attribute of amount elements.</summary>
    public string? Currency { get; set; }

    /// <summary>A concrete list on purpose: its struct enumerator keeps the per-entry hot path allocation-free.</summary>
    public List<CamtNode> Children => _children;

    internal void Reset(string name)
    {
        Name = name;
        Text = null;
        Currency = null;
        _children.Clear();
    }

    internal void Add(CamtNode child) => _children.Add(child);

    /// <summary>The first child with this local name, or null.</summary>
    public CamtNode? Child(string name)
    {
        foreach (var child in _children)
        {
            if (string.Equals(child.Name, name, StringComparison.Ordinal)) return child;
        }

        return null;
    }

    /// <summary>Follows a path of local names (first match at each step).</summary>
    public CamtNode? Find(string first, string? second = null, string? third = null, string? fourth = null)
    {
        var node = Child(first);
        if (second is null || node is null) return node;
        node = node.Child(second);
        if (third is null || node is null) return node;
        node = node.Child(third);
        if (fourth is null || node is null) return node;
        return node.Child(fourth);
    }

    /// <summary>The trimmed text at a path, or null when it is missing or blank.</summary>
    public string? Value(string first, string? second = null, string? third = null, string? fourth = null) =>
        Find(first, second, third, fourth)?.TrimmedText;

    public string? TrimmedText => string.IsNullOrWhiteSpace(Text) ? null : Text.Trim();
}
