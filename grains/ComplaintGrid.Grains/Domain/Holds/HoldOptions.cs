namespace ComplaintGrid.Domain.Holds;

/// <summary>
/// How long a complaint may wait on the customer (configuration section <c>ComplaintGrid:Holds</c>): past
/// <c>Longest:{Severity}</c> it resumes by itself and the team lead is told. Defaults are docs/domain.md's table.
/// </summary>
public sealed class HoldOptions
{
    public const string SectionName = "ComplaintGrid:Holds";

    /// <summary>The longest hold by severity; a severity left out keeps the docs/domain.md default.</summary>
    public Dictionary<Severity, TimeSpan> Longest { get; set; } = [];

    /// <summary>
    /// docs/domain.md's longest holds: a critical complaint cannot wait on the customer for long without someone
    /// chasing, a low one may wait two weeks for a receipt or photos.
    /// </summary>
    public static TimeSpan StandardFor(Severity severity) => severity switch
    {
        Severity.Critical => TimeSpan.FromDays(1),
        Severity.High => TimeSpan.FromDays(3),
        Severity.Medium => TimeSpan.FromDays(7),
        _ => TimeSpan.FromDays(14),
    };
}
