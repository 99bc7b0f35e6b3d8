using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/incidents/{id}/resolve</c>: the cause and the one evaluation every member is closed with.</summary>
/// <param name="RootCause">What caused the burst.</param>
/// <param name="CustomerMessage">What a customer whose remedy was being implemented is told as it is resolved.</param>
/// <param name="Lessons">What was learned.</param>
/// <param name="PreventionAction">What stops it recurring.</param>
/// <param name="Verification">How the correction was verified; required for product quality.</param>
public sealed record ResolveIncidentRequest(
    [property: Required] string? RootCause,
    [property: Required] string? CustomerMessage,
    [property: Required] string? Lessons,
    [property: Required] string? PreventionAction,
    string? Verification)
{
    /// <summary>The command, acted by <paramref name="actor"/>.</summary>
    public ResolveIncident ToCommand(string actor) =>
        new(actor, RootCause ?? "", CustomerMessage ?? "", Lessons ?? "", PreventionAction ?? "", Verification);
}
