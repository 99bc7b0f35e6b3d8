namespace ComplaintGrid;

/// <summary>One row of the list of flagged customers.</summary>
/// <param name="CustomerId">Customer.</param>
/// <param name="RaisedAt">When the flag was raised.</param>
/// <param name="Reasons">The names of the reasons it holds (<see cref="BadFaithReasons"/>).</param>
[GenerateSerializer, Immutable, Alias("cg.FlaggedCustomer")]
public sealed record FlaggedCustomer(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] DateTimeOffset RaisedAt,
    [property: Id(2)] IReadOnlyList<string> Reasons);
