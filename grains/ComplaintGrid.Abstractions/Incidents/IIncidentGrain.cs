namespace ComplaintGrid;

/// <summary>
/// One incident, keyed by its id: the complaints of one burst, grouped. Detection opens it and adds members; people
/// join complaints by hand, inform every customer at once and resolve its cause.
/// </summary>
[Alias("cg.IIncidentGrain")]
public interface IIncidentGrain : IGrainWithStringKey
{
    /// <summary>The incident; refused with <c>complaint.not_found</c> (field <c>id</c>) when none has this id.</summary>
    [Alias("Get")]
    Task<IncidentView> Get();

    /// <summary>
    /// Joins a complaint by hand. A complaint of another department needs a reason (field <c>reason</c>); joining a
    /// member again changes nothing.
    /// </summary>
    [Alias("Join")]
    Task<IncidentView> Join(JoinIncident command);

    /// <summary>
    /// Tells every open member's customer the message: an acknowledged member gets a progress update, a member not yet
    /// acknowledged is acknowledged with it. Members whose status allows neither are reported.
    /// </summary>
    [Alias("Inform")]
    Task<IncidentActOutcome> Inform(InformIncident command);

    /// <summary>
    /// Records the cause and closes every open member the lifecycle lets close now with the one evaluation (a member
    /// implementing its remedy is resolved first); the rest are reported and stay open. The incident leaves the board.
    /// </summary>
    [Alias("Resolve")]
    Task<IncidentActOutcome> Resolve(ResolveIncident command);
}
