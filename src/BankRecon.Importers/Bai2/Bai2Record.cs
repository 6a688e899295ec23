namespace BankRecon.Importers.Bai2;

/// <summary>One logical BAI2 record: its 2-digit type code and the raw text after "NN," (terminating '/' included).</summary>
internal sealed record Bai2Record(string Code, string Content, int LineNumber)
{
    public string Location => "line " + LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The comma-separated fields up to the record's terminating '/' (fields other than 16/88 text never contain '/').</summary>
    public List<string> Fields()
    {
        var slash = Content.IndexOf('/');
        var body = slash >= 0 ? Content[..slash] : Content;
        return [.. body.Split(',').Select(f => f.Trim())];
    }
}
