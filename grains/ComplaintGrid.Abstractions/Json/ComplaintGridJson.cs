using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintGrid;

/// <summary>
/// The JSON every ComplaintGrid surface speaks: the HTTP API, the dashboard's live feed (SignalR), webhook bodies and
/// the CLI's <c>--json</c> output. Property names are camelCase and read in any case, numbers may be read from strings
/// (ASP.NET Core's web defaults), enums are written as their names and read only as a name (any case): a number or an
/// unknown name is refused with a message listing the allowed names, never read as a default. Bodies nest at most
/// <see cref="MaxDepth"/> levels.
/// </summary>
public static class ComplaintGridJson
{
    /// <summary>
    /// How deep a document may nest, read or written: a complaint command or view is a few levels deep, and a deeply
    /// nested body is an attack, not a complaint.
    /// </summary>
    public const int MaxDepth = 16;

    /// <summary>The conventions, ready and read-only: for serializing and reading outside a host that owns its options.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Applies the conventions to <paramref name="options"/> (a host's own, such as ASP.NET Core's or SignalR's) and
    /// returns it. Leaves every other setting as it is, so a caller may add its own (indentation, say) before or after.
    /// </summary>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.NumberHandling = JsonNumberHandling.AllowReadingFromString;
        options.MaxDepth = MaxDepth;
        if (!options.Converters.Any(c => c is StrictEnumConverterFactory))
            options.Converters.Add(new StrictEnumConverterFactory());
        return options;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
