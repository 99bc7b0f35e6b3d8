using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class InformCustomerCommand
{
    public static Command Create()
    {
        var actor = CliOptions.Actor();
        var message = CliOptions.Text("--message", "The progress update.");
        return ComplaintAction.Create("inform-customer", "Send the customer a progress update (restarts the customer-update clock).", [actor, message],
            (c, id) => c.Client.InformCustomer(id, new InformCustomer(c.Get(actor)!, c.Get(message)!), c.Cancellation));
    }
}
