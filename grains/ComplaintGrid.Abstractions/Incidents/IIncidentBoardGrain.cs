using Orleans.Concurrency;

namespace ComplaintGrid;

/// <summary>The open incidents (key 0). Incident grains keep it; the dashboard and the API read it.</summary>
[Alias("cg.IIncidentBoardGrain")]
public interface IIncidentBoardGrain : IGrainWithIntegerKey
{
    /// <summary>The board, or null when its version is still <paramref name="knownVersion"/>.</summary>
    [Alias("GetIfChanged"), ReadOnly, AlwaysInterleave]
    Task<IncidentBoard?> GetIfChanged(long knownVersion);
}
