namespace ComplaintGrid;

/// <summary>
/// What to find in the complaint history (the search read model): every filter that is set must match; closed
/// complaints are included. Results come newest filing first, a page at a time.
/// </summary>
/// <param name="CustomerId">Only this customer's complaints.</param>
/// <param name="Reference">Only complaints with exactly this reference.</param>
/// <param name="Status">Only complaints in this status.</param>
/// <param name="DepartmentIds">Only complaints now in one of these departments; null for any department.</param>
/// <param name="Category">Only this category.</param>
/// <param name="Severity">Only this severity (at filing).</param>
/// <param name="Cause">Only complaints assessed with this cause.</param>
/// <param name="FiledFrom">Filed at or after this instant.</param>
/// <param name="FiledTo">Filed before this instant.</param>
/// <param name="Text">Words the complaint's text must contain (full-text search); null for no text filter.</param>
/// <param name="Limit">Complaints on the page.</param>
/// <param name="After">The last complaint id of the previous page; null for the first page.</param>
[GenerateSerializer, Immutable, Alias("cg.ComplaintSearchQuery")]
public sealed record ComplaintSearchQuery(
    [property: Id(0)] string? CustomerId,
    [property: Id(1)] string? Reference,
    [property: Id(2)] ComplaintStatus? Status,
    [property: Id(3)] IReadOnlyList<string>? DepartmentIds,
    [property: Id(4)] Category? Category,
    [property: Id(5)] Severity? Severity,
    [property: Id(6)] Cause? Cause,
    [property: Id(7)] DateTimeOffset? FiledFrom,
    [property: Id(8)] DateTimeOffset? FiledTo,
    [property: Id(9)] string? Text,
    [property: Id(10)] int Limit,
    [property: Id(11)] string? After)
{
    /// <summary>The page size when the caller names none.</summary>
    public const int DefaultLimit = 100;

    /// <summary>A larger page is a bulk export, which search is not for.</summary>
    public const int MaximumLimit = 500;

    /// <summary>Longest free-text query: a few words, not a document.</summary>
    public const int TextMaxLength = 200;

    /// <summary>The widest filing-time range one search may ask for: reports over longer spans page by period.</summary>
    public static readonly TimeSpan MaximumRange = TimeSpan.FromDays(366);

    /// <summary>
    /// Adds to <paramref name="check"/> every rule this query breaks, so every caller (the HTTP API, the .NET client,
    /// the search grain itself) refuses the same queries with the same field names.
    /// </summary>
    public RuleCheck Check(RuleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (CustomerId is not null)
            check.Identifier("customerId", CustomerId);
        foreach (var department in DepartmentIds ?? [])
            check.Identifier("departmentId", department);
        check.OptionalText("reference", Reference, FieldLimits.ReferenceMaxLength);
        if (Reference is not null && string.IsNullOrWhiteSpace(Reference))
            check.Fail(ErrorCodes.Required, "reference", "reference must not be blank when given.");
        check.OptionalText("q", Text, TextMaxLength);
        if (Text is not null && Words(Text).Count == 0)
            check.Fail(ErrorCodes.Required, "q", "q must hold at least one word (letters or digits).");
        if (Status is { } status)
            check.Known("status", status);
        if (Category is { } category)
            check.Known("category", category);
        if (Severity is { } severity)
            check.Known("severity", severity);
        if (Cause is { } cause)
            check.Known("cause", cause);
        if (FiledFrom is { } from && FiledTo is { } to)
        {
            if (from > to)
                check.Fail(ErrorCodes.OutOfRange, "from", "from must not be after to.");
            else if (to - from > MaximumRange)
                check.Fail(ErrorCodes.OutOfRange, "to", $"from and to may be at most {MaximumRange.TotalDays:0} days apart; search a longer span a year at a time.");
        }
        if (Limit is < 1 or > MaximumLimit)
            check.Fail(ErrorCodes.OutOfRange, "limit", $"limit must be a whole number from 1 to {MaximumLimit}.");
        if (After is not null && !ComplaintIds.IsWellFormed(After))
            check.Fail(ErrorCodes.InvalidIdentifier, "after", "after must be a complaint id from the previous page, like CMP-0123456789ABC.");
        return check;
    }

    /// <summary>
    /// The words of a free-text query: its runs of letters and digits, as both full-text engines split text. Every
    /// word must appear; nothing else the caller types (quotes, operators) is read as query syntax.
    /// </summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return words;
    }
}
