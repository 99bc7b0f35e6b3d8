using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class StartImplementationCommand
{
    public static Command Create()
    {
        var actor = CliOptions.Actor();
        return ComplaintAction.Create("start-implementation", "Start implementing a remedy that needs no approval.", [actor],
            (c, id) => c.Client.StartImplementation(id, new StartImplementation(c.Get(actor)!), c.Cancellation));
    }
}
