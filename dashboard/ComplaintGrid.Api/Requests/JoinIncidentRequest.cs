using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/incidents/{id}/members</c>.</summary>
/// <param name="ComplaintId">The complaint to join.</param>
/// <param name="Reason">Why it is the same cause; required when the complaint is of another department.</param>
public sealed record JoinIncidentRequest([property: Required] string? ComplaintId, string? Reason);
