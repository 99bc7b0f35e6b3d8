using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/incidents/{id}/inform</c>.</summary>
/// <param name="Message">What every member's customer is told.</param>
public sealed record InformIncidentRequest([property: Required] string? Message);
