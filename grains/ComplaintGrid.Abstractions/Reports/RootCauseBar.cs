namespace ComplaintGrid;

/// <summary>One bar of a department's Pareto.</summary>
/// <param name="Key">The cause, type or category (its enum name).</param>
/// <param name="Count">Complaints with it.</param>
/// <param name="Share">Count / the department's total.</param>
/// <param name="CumulativeShare">The shares of this bar and every larger one.</param>
/// <param name="Lessons">Up to <see cref="RootCauseQuery.TextsPerBar"/> lessons of its complaints, newest close first.</param>
/// <param name="Prevention">Up to <see cref="RootCauseQuery.TextsPerBar"/> prevention actions, newest close first.</param>
[GenerateSerializer, Immutable, Alias("cg.RootCauseBar")]
public sealed record RootCauseBar(
    [property: Id(0)] string Key,
    [property: Id(1)] int Count,
    [property: Id(2)] double Share,
    [property: Id(3)] double CumulativeShare,
    [property: Id(4)] IReadOnlyList<ReportText> Lessons,
    [property: Id(5)] IReadOnlyList<ReportText> Prevention);
