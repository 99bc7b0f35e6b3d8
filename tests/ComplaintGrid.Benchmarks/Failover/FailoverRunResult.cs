using System.Globalization;

namespace ComplaintGrid.Benchmarks.Failover;

/// <summary>One failover run: what was acknowledged and lost, and when requests failed relative to the kill.</summary>
internal sealed record FailoverRunResult(
    int Acknowledged,
    int AcknowledgedBeforeKill,
    int Lost,
    int FailedAfterRetries,
    int FailedAttempts,
    int FailedAttemptsBeforeKill,
    TimeSpan FirstFailure,
    TimeSpan Window,
    TimeSpan SlowestCall,
    string Errors,
    string FailuresAfterRetries)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"acknowledged {Acknowledged} ({AcknowledgedBeforeKill} before the kill), lost {Lost}, failed after retries {FailedAfterRetries}, " +
        $"{FailedAttempts} failed attempts from {FirstFailure.TotalSeconds:0.0} s to {Window.TotalSeconds:0.0} s after the kill ({FailedAttemptsBeforeKill} before it), " +
        $"slowest filing {SlowestCall.TotalSeconds:0.0} s; errors: {(Errors.Length == 0 ? "none" : Errors)}" +
        $"{(FailuresAfterRetries.Length == 0 ? "" : "; failed after retries: " + FailuresAfterRetries)}");
}
