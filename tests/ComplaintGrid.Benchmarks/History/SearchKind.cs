namespace ComplaintGrid.Benchmarks.History;

/// <summary>
/// One kind of search the scenario times: a name for the output and how to draw one such query at random. A kind with
/// <see cref="SecondPage"/> times the page after the first (its cursor found by an untimed first search).
/// </summary>
internal sealed record SearchKind(string Name, Func<Random, ComplaintSearchQuery> Draw, bool SecondPage = false)
{
    public const int Limit = ComplaintSearchQuery.DefaultLimit;

    /// <summary>Each filter alone, free text with common, rare and mixed words, and a second page.</summary>
    public static IReadOnlyList<SearchKind> All(HistoryDataset dataset)
    {
        var statuses = Enum.GetValues<ComplaintStatus>();
        var categories = Enum.GetValues<Category>();
        var severities = Enum.GetValues<Severity>();
        var causes = Enum.GetValues<Cause>();
        var common = HistoryVocabulary.Common;
        DateTimeOffset Day(Random r) => HistoryDataset.End.AddDays(-r.Next(365));
        return
        [
            new("customerId", r => Query(customer: dataset.DrawCustomer(r))),
            new("reference", r => Query(reference: HistoryDataset.Reference(r.Next(dataset.Count)))),
            new("status", r => Query(status: statuses[r.Next(statuses.Length)])),
            new("departmentId", r => Query(departments: [HistoryDataset.Departments[r.Next(HistoryDataset.Departments.Length)]])),
            new("category", r => Query(category: categories[r.Next(categories.Length)])),
            new("severity", r => Query(severity: severities[r.Next(severities.Length)])),
            new("cause", r => Query(cause: causes[r.Next(causes.Length)])),
            new("from", r => Query(from: Day(r))),
            new("to", r => Query(to: Day(r))),
            new("from+to (a month)", r =>
            {
                var from = Day(r);
                return Query(from: from, to: from.AddDays(30));
            }),
            // The ten most common words are each in a large share of all complaints.
            new("q: a common word", r => Query(text: common[r.Next(10)])),
            new("q: a rare word", r => Query(text: dataset.Vocabulary.RareWord(r))),
            new("q: two words", r => Query(text: $"{common[r.Next(common.Count)]} {common[r.Next(common.Count)]}")),
            new("q: common + department", r => Query(text: common[r.Next(10)], departments: [HistoryDataset.Departments[r.Next(HistoryDataset.Departments.Length)]])),
            new("departmentId, page 2", r => Query(departments: [HistoryDataset.Departments[r.Next(HistoryDataset.Departments.Length)]]), SecondPage: true),
        ];
    }

    private static ComplaintSearchQuery Query(string? customer = null, string? reference = null, ComplaintStatus? status = null,
        IReadOnlyList<string>? departments = null, Category? category = null, Severity? severity = null, Cause? cause = null,
        DateTimeOffset? from = null, DateTimeOffset? to = null, string? text = null) =>
        new(customer, reference, status, departments, category, severity, cause, from, to, text, Limit, null);
}
