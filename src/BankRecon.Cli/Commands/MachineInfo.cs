using System.Globalization;
using System.Runtime.InteropServices;

namespace BankRecon.Cli.Commands;

/// <summary>One line about the machine a benchmark ran on, so published figures say where they come from.</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var parts = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores"),
            RuntimeInformation.FrameworkDescription,
            RuntimeInformation.OSDescription,
        };
        if (CpuModel() is { } cpu) parts.Insert(1, cpu);
        if (LoadAverage() is { } load) parts.Add("load average " + load);
        return string.Join(", ", parts);
    }

    /// <summary>Linux only: other work on the machine slows a benchmark down, so the figure says how busy it was.</summary>
    private static string? LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string? CpuModel()
    {
        try
        {
            if (!File.Exists("/proc/cpuinfo")) return null;
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
