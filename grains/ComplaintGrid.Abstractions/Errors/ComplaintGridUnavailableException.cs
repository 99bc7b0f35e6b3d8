namespace ComplaintGrid;

/// <summary>
/// The command could not be stored (the database did not answer, or another copy of the complaint wrote first
/// during a failover). The complaint reloads its stored state; retrying the command is safe: a filing is
/// idempotent, and an action that did land answers <c>complaint.transition.illegal</c>.
/// </summary>
[GenerateSerializer, Alias("cg.ComplaintGridUnavailableException")]
public sealed class ComplaintGridUnavailableException : Exception
{
    /// <summary>Creates the exception naming what could not be stored.</summary>
    public ComplaintGridUnavailableException(string message)
        : base(message)
    {
    }
}
