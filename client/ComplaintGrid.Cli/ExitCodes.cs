namespace ComplaintGrid.Cli;

/// <summary>What a script can branch on: the command ran, the cluster could not be reached, or the command was refused.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The cluster was unreachable or failed; retrying later may help.</summary>
    public const int Unavailable = 1;

    /// <summary>Bad input or a command the cluster refused; retrying the same command will not help.</summary>
    public const int Refused = 2;

    /// <summary>Interrupted (Ctrl+C), as shells report SIGINT.</summary>
    public const int Interrupted = 130;
}
