using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>A valid body with one field replaced by raw JSON text, or removed; <c>eightD.team</c> reaches into objects.</summary>
public static class BodyMutation
{
    private const string Marker = "__fuzz_value_7f3a__";

    public static string With(JsonObject body, string path, string rawJson)
    {
        var copy = body.DeepClone().AsObject();
        var (parent, name) = Locate(copy, path);
        parent[name] = Marker;
        return copy.ToJsonString().Replace($"\"{Marker}\"", rawJson, StringComparison.Ordinal);
    }

    public static string Without(JsonObject body, string path)
    {
        var copy = body.DeepClone().AsObject();
        var (parent, name) = Locate(copy, path);
        parent.Remove(name);
        return copy.ToJsonString();
    }

    private static (JsonObject Parent, string Name) Locate(JsonObject body, string path)
    {
        var parts = path.Split('.');
        var parent = body;
        foreach (var part in parts[..^1])
            parent = parent[part]!.AsObject();
        return (parent, parts[^1]);
    }
}
