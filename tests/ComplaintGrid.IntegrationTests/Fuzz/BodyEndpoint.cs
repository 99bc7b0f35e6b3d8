using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>
/// An endpoint that reads a JSON body: a valid body (accepted once the fuzzing is done, to prove it valid), its
/// fields, and the actions that bring a fresh complaint to a status where the body would be accepted.
/// </summary>
/// <param name="Method">POST or PUT.</param>
/// <param name="Pattern">The route pattern as mapped, such as <c>/api/complaints/{id}/assess</c>.</param>
/// <param name="Body">A body the endpoint accepts.</param>
/// <param name="Fields">Every field of <paramref name="Body"/>, each fed hostile values in turn.</param>
/// <param name="Setup">The actions, in order, that make <paramref name="Body"/> legal on a fresh complaint.</param>
public sealed record BodyEndpoint(string Method, string Pattern, JsonObject Body, IReadOnlyList<FuzzField> Fields, IReadOnlyList<string> Setup)
{
    public override string ToString() => $"{Method} {Pattern}";

    /// <summary>The action's last path segment (<c>assess</c>), or null for a filing or a profile.</summary>
    public string? Action => Pattern.StartsWith("/api/complaints/{id}/", StringComparison.Ordinal) ? Pattern[(Pattern.LastIndexOf('/') + 1)..] : null;
}
