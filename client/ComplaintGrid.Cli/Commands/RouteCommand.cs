using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class RouteCommand
{
    public static Command Create()
    {
        var actor = CliOptions.Actor();
        var department = CliOptions.Text("--department", "The department; the routing table picks one when absent.", required: false);
        return ComplaintAction.Create("route", "Route an assessed (upheld) or reopened complaint to a department.", [actor, department],
            (c, id) => c.Client.Route(id, new RouteComplaint(c.Get(actor)!, c.Get(department)), c.Cancellation));
    }
}
