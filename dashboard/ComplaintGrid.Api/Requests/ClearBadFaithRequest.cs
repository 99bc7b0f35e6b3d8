using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>Body of <c>POST /api/customers/{id}/bad-faith/clear</c>.</summary>
/// <param name="Reason">Why the pattern is not bad faith; required.</param>
public sealed record ClearBadFaithRequest([property: Required] string? Reason);
