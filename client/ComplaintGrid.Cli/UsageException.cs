namespace ComplaintGrid.Cli;

/// <summary>Input the CLI refuses before the cluster sees it; reported as one line with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
