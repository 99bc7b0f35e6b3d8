namespace ComplaintGrid;

/// <summary>What an erasure of a customer's personal texts did.</summary>
/// <param name="CustomerId">Customer.</param>
/// <param name="Complaints">The customer's complaints, every one of which now holds no personal text.</param>
/// <param name="ComplaintsErased">Those in which this request erased something; 0 when an earlier request already had.</param>
[GenerateSerializer, Immutable, Alias("cg.PersonalDataErasure")]
public sealed record PersonalDataErasure(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] int Complaints,
    [property: Id(2)] int ComplaintsErased);
