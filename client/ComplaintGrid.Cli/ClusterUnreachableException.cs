namespace ComplaintGrid.Cli;

/// <summary>No gateway answered; reported as one line with exit code 1.</summary>
internal sealed class ClusterUnreachableException(string where, string reason, Exception? inner = null)
    : Exception($"cannot reach the cluster at {where}: {reason}", inner);
