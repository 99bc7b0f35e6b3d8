namespace ComplaintGrid;

/// <summary>The open incidents across the contact centre.</summary>
/// <param name="Version">Changes whenever an entry does; a reader passes it back to skip unchanged reads.</param>
/// <param name="Entries">Open incidents, newest first.</param>
[GenerateSerializer, Immutable, Alias("cg.IncidentBoard")]
public sealed record IncidentBoard(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<IncidentEntry> Entries);
