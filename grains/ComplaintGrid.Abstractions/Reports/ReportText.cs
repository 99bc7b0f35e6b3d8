namespace ComplaintGrid;

/// <summary>A text recorded on one complaint (a lesson, a prevention action).</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="Text">What was recorded.</param>
[GenerateSerializer, Immutable, Alias("cg.ReportText")]
public sealed record ReportText(
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] string Text);
