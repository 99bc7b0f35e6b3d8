namespace ComplaintGrid;

/// <summary>Tells every open member's customer one message.</summary>
/// <param name="Actor">The supervisor.</param>
/// <param name="Message">What every customer is told.</param>
[GenerateSerializer, Immutable, Alias("cg.InformIncident")]
public sealed record InformIncident(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Message);
