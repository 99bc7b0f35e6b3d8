namespace ComplaintGrid.Domain.Privacy;

/// <summary>How long closed complaints keep their personal texts (configuration section <c>ComplaintGrid:Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "ComplaintGrid:Retention";

    /// <summary>
    /// A closed complaint's personal texts are erased once it has been closed this long, as if the customer had asked;
    /// unset (the default) keeps them.
    /// </summary>
    public TimeSpan? ClosedTextsAfter { get; set; }
}
