using System.Globalization;

namespace ComplaintGrid.Benchmarks.Suite;

/// <summary>A scenario's <c>--name value</c> options (and bare <c>--flag</c>s); unknown names stop the run with a message.</summary>
internal sealed class ScenarioArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _read = new(StringComparer.OrdinalIgnoreCase);

    public ScenarioArguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"Expected an option such as --seconds 10, got '{args[i]}'.");
            var name = args[i][2..];
            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            _values[name] = hasValue ? args[++i] : "true";
        }
    }

    public bool Quick => Flag("quick");

    public bool Flag(string name) => Read(name, out var v) && bool.Parse(v);

    public int Int(string name, int full, int quick) =>
        Read(name, out var v) ? int.Parse(v, NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : Quick ? quick : full;

    public double Double(string name, double full, double quick) =>
        Read(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : Quick ? quick : full;

    public string? String(string name) => Read(name, out var v) ? v : null;

    /// <summary>Throws for any option no scenario asked for (a typo would otherwise run the defaults silently).</summary>
    public void RejectUnknown()
    {
        var unknown = _values.Keys.Where(k => !_read.Contains(k)).ToArray();
        if (unknown.Length > 0)
            throw new ArgumentException($"Unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}.");
    }

    private bool Read(string name, out string value)
    {
        _read.Add(name);
        return _values.TryGetValue(name, out value!);
    }
}
