namespace ComplaintGrid.Grains.Incidents;

/// <summary>The stored incident board. Type name, alias and ids are a storage contract: never renumber.</summary>
[GenerateSerializer, Alias("cg.IncidentBoardState")]
internal sealed class IncidentBoardState
{
    [Id(0)] public long Version { get; set; }
    [Id(1)] public Dictionary<string, IncidentEntry> Entries { get; set; } = new(StringComparer.Ordinal);
}
