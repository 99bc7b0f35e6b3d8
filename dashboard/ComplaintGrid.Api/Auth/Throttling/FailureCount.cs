namespace ComplaintGrid.Api.Auth.Throttling;

/// <summary>The recent failures of one name or one address, and until when it is locked. Guarded by its own lock.</summary>
internal sealed class FailureCount
{
    public int Failures { get; set; }

    public DateTimeOffset LastFailure { get; set; }

    public DateTimeOffset LockedUntil { get; set; }
}
