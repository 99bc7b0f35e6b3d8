using System.CommandLine;

namespace ComplaintGrid.Cli;

/// <summary>Connects, runs a command's body, and turns every failure into one stderr line and an exit code.</summary>
internal static class CliRunner
{
    /// <summary>
    /// Sets <paramref name="body"/> as <paramref name="command"/>'s action. With <paramref name="bounded"/> (one-shot
    /// commands) the body must finish within <c>--timeout</c>; long-running ones (simulate) bound only the connection.
    /// </summary>
    public static Command WithAction(this Command command, Func<CommandContext, Task> body, bool bounded = true, Action<ParseResult>? checkFirst = null)
    {
        command.SetAction((parse, cancellationToken) => RunAsync(parse, body, bounded, checkFirst, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, Func<CommandContext, Task> body, bool bounded, Action<ParseResult>? checkFirst,
        CancellationToken cancellationToken)
    {
        var output = new CliOutput(parse.GetValue(GlobalOptions.Json), Console.Out, Console.Error);
        var timeout = TimeSpan.FromSeconds(parse.GetValue(GlobalOptions.Timeout));
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            // Input the cluster would refuse is refused before waiting for a connection to it.
            checkFirst?.Invoke(parse);
            await using var session = await ClusterSession.ConnectAsync(parse, timeout, cancellationToken);
            if (bounded)
                limit.CancelAfter(timeout);
            var run = body(new CommandContext(parse, session, output, limit.Token));
            // Unbounded bodies (simulate) stop themselves on Ctrl+C and clean up; they are awaited, not abandoned.
            await (bounded ? run.WaitAsync(limit.Token) : run);
            return ExitCodes.Success;
        }
        catch (ComplaintGridException ex)
        {
            output.Error(ex.Message);
            return ExitCodes.Refused;
        }
        catch (UsageException ex)
        {
            output.Error(ex.Message);
            return ExitCodes.Refused;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.Error("interrupted.");
            return ExitCodes.Interrupted;
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            output.Error($"the cluster did not answer within {timeout.TotalSeconds:0.#} s (--timeout).");
            return ExitCodes.Unavailable;
        }
        catch (ClusterUnreachableException ex)
        {
            output.Error(ex.Message);
            return ExitCodes.Unavailable;
        }
        catch (Exception ex)
        {
            // After the client's retries: the cluster, not the command, failed.
            output.Error($"the cluster failed: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.Unavailable;
        }
    }
}
