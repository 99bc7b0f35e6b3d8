namespace ComplaintGrid;

/// <summary>A supervisor approves the proposed remedy; implementation starts.</summary>
/// <param name="Supervisor">The approving supervisor's id.</param>
/// <param name="Note">Optional note.</param>
[GenerateSerializer, Immutable, Alias("cg.ApproveRemedy")]
public sealed record ApproveRemedy(
    [property: Id(0)] string Supervisor,
    [property: Id(1)] string? Note);
