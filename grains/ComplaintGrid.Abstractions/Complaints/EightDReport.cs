namespace ComplaintGrid;

/// <summary>The 8D problem-solving record for product-quality complaints.</summary>
/// <param name="Team">D1: the team.</param>
/// <param name="ProblemDescription">D2: the problem.</param>
/// <param name="Containment">D3: interim containment.</param>
/// <param name="RootCause">D4: root cause.</param>
/// <param name="CorrectiveAction">D5: permanent corrective action.</param>
/// <param name="Verification">D6: verification of effect (may be given at close).</param>
/// <param name="Prevention">D7: prevention of recurrence (may be given at close).</param>
[GenerateSerializer, Immutable, Alias("cg.EightDReport")]
public sealed record EightDReport(
    [property: Id(0)] string Team,
    [property: Id(1)] string ProblemDescription,
    [property: Id(2)] string Containment,
    [property: Id(3)] string RootCause,
    [property: Id(4)] string CorrectiveAction,
    [property: Id(5)] string? Verification,
    [property: Id(6)] string? Prevention);
