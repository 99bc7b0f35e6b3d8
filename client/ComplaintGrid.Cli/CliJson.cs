using System.Text.Json;

namespace ComplaintGrid.Cli;

/// <summary>The JSON scripts read: the HTTP API's own (<see cref="ComplaintGridJson"/>), indented for people who peek.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new(ComplaintGridJson.Options) { WriteIndented = true };

    /// <summary>One object a line, for streams such as simulate's progress.</summary>
    public static readonly JsonSerializerOptions Compact = ComplaintGridJson.Options;
}
