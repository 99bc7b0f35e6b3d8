using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create()
    {
        var id = ComplaintAction.ComplaintId();
        return new Command("show", "Show a complaint with its clocks and timeline.") { id }
            .WithAction(async c => c.Output.Write(await c.Client.Get(c.Get(id), c.Cancellation), ComplaintText.Full));
    }
}
