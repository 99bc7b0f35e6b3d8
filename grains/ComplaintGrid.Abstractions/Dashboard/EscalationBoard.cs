namespace ComplaintGrid;

/// <summary>The newest escalations across the contact centre.</summary>
/// <param name="Version">Changes whenever the entries change; a reader passes it back to skip unchanged reads.</param>
/// <param name="Entries">Newest first.</param>
[GenerateSerializer, Immutable, Alias("cg.EscalationBoard")]
public sealed record EscalationBoard(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<EscalationEntry> Entries);
