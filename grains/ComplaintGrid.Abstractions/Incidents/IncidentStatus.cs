namespace ComplaintGrid;

/// <summary>Where an incident stands.</summary>
[GenerateSerializer, Alias("cg.IncidentStatus")]
public enum IncidentStatus
{
    /// <summary>Complaints still gather under it; the board shows it.</summary>
    Open = 0,
    /// <summary>Its cause is fixed and recorded; its closable members were closed with one evaluation.</summary>
    Resolved = 1,
}
