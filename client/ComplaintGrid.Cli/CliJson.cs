using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintGrid.Cli;

/// <summary>The JSON scripts read: the HTTP API's conventions (camelCase, enums as names), indented for people who peek.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>One object a line, for streams such as simulate's progress.</summary>
    public static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };
}
