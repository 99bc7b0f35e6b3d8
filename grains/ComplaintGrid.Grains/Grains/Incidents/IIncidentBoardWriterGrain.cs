namespace ComplaintGrid.Grains.Incidents;

/// <summary>The incident board as incidents keep it (same grain and key as <see cref="IIncidentBoardGrain"/>).</summary>
[Alias("cg.IIncidentBoardWriterGrain")]
internal interface IIncidentBoardWriterGrain : IGrainWithIntegerKey
{
    /// <summary>Puts the open incident's row on the board, or replaces it.</summary>
    [Alias("Upsert")]
    Task Upsert(IncidentEntry entry);

    /// <summary>Takes the incident off the board (resolved).</summary>
    [Alias("Remove")]
    Task Remove(string incidentId);
}
