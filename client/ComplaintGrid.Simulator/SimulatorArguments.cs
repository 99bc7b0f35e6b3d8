namespace ComplaintGrid.Simulator;

/// <summary>
/// Turns the <c>--simulate</c> switch into configuration. The command-line configuration provider reads
/// <c>--key value</c> pairs, so a bare switch would be ignored or swallow the next argument.
/// </summary>
public static class SimulatorArguments
{
    public const string Switch = "--simulate";

    public static string[] Expand(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Select(a => string.Equals(a, Switch, StringComparison.OrdinalIgnoreCase)
            ? $"--{SimulatorOptions.SectionName}:{nameof(SimulatorOptions.Enabled)}=true"
            : a).ToArray();
    }
}
