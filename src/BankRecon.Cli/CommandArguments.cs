namespace BankRecon.Cli;

/// <summary>
/// A small, strict argument reader: positionals plus "--name value" options and "--flag" switches.
/// Unknown options are usage errors (exit code 2), never silently ignored.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public CommandArguments(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                string? value = null;
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0)
                {
                    value = name[(eq + 1)..];
                    name = name[..eq];
                }
                else if (!flags.Contains(name))
                {
                    if (i + 1 >= list.Count) throw new UsageException($"Option --{name} needs a value.");
                    value = list[++i];
                }

                _options[name] = value;
            }
            else
            {
                Positionals.Add(arg);
            }
        }
    }

    public List<string> Positionals { get; } = [];

    public bool Has(string name)
    {
        _read.Add(name);
        return _options.ContainsKey(name);
    }

    public string? Get(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var value) ? value : null;
    }

    public string Require(string name) => Get(name) ?? throw new UsageException($"Option --{name} is required.");

    public int GetInt(string name, int fallback)
    {
        var raw = Get(name);
        if (raw is null) return fallback;
        return int.TryParse(raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new UsageException($"Option --{name} must be a whole number, not '{raw}'.");
    }

    /// <summary>Call after reading every option: anything not read is a typo the user should hear about.</summary>
    public void EnsureAllRead()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0) throw new UsageException($"Unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}.");
    }
}

/// <summary>Bad command-line usage: printed with the usage text, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message)
{
    public UsageException() : this("Bad usage.") { }

    public UsageException(string message, Exception innerException) : this(message + " " + innerException.Message) { }
}
