using System.CommandLine;
using ComplaintGrid.Client;

namespace ComplaintGrid.Cli;

/// <summary>What a command's body needs: its parsed options, the connected cluster, where to write, and when to stop.</summary>
internal sealed record CommandContext(ParseResult Parse, ClusterSession Session, CliOutput Output, CancellationToken Cancellation)
{
    public ComplaintGridClient Client => Session.Client;

    public T? Get<T>(Option<T> option) => Parse.GetValue(option);

    public T Get<T>(Argument<T> argument) => Parse.GetValue(argument)!;
}
