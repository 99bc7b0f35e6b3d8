namespace ComplaintGrid.Domain.Duplicates;

/// <summary>
/// When a new complaint is linked to an earlier one of the same customer as its duplicate (configuration section
/// <c>ComplaintGrid:Duplicates</c>): the same subject and reference, or near-identical text, filed within
/// <see cref="Window"/> of the earlier one while it is open.
/// </summary>
public sealed class DuplicateOptions
{
    public const string SectionName = "ComplaintGrid:Duplicates";

    /// <summary>Whether filing looks for duplicates at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How far back an earlier complaint counts: two weeks covers the same problem told by phone and then by e-mail
    /// after no answer came, while a complaint a month later is more likely a new problem.
    /// </summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// The <see cref="Text.TextFingerprint.Similarity"/> (Jaccard of three-word runs) above which two descriptions are the
    /// same story: 0.6 keeps a story retold with a few words changed, and leaves two different problems apart.
    /// </summary>
    public double Threshold { get; set; } = 0.6;
}
