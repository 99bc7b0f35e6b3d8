using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class ProposeRemedyCommand
{
    public static Command Create()
    {
        var actor = CliOptions.Actor();
        var kind = CliOptions.Enum<RemedyKind>("--kind", "The remedy.", required: true);
        var amount = new Option<decimal?>("--amount") { Description = "Required for Refund, Discount and Compensation." };
        var description = CliOptions.Text("--description", "What the customer gets.");
        return ComplaintAction.Create("propose-remedy", "Propose a remedy after the investigation is recorded.", [actor, kind, amount, description],
            (c, id) => c.Client.ProposeRemedy(id, new ProposeRemedy(c.Get(actor)!, c.Get(kind), c.Get(amount), c.Get(description)!), c.Cancellation));
    }
}
