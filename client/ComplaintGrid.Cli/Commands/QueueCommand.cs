using System.CommandLine;
using System.Globalization;

namespace ComplaintGrid.Cli.Commands;

internal static class QueueCommand
{
    public static Command Create()
    {
        var department = new Argument<string>("department") { Description = "The department id, for example logistics." };
        return new Command("queue", "List a department's open complaints, most urgent first.") { department }
            .WithAction(async c => c.Output.Write(await c.Client.GetQueue(c.Get(department), c.Cancellation), Print));
    }

    private static void Print(TextWriter w, IReadOnlyList<ComplaintSummary> queue)
    {
        if (queue.Count == 0)
        {
            w.WriteLine("No open complaints.");
            return;
        }
        TextTable.Write(w, ["complaint", "status", "priority", "category", "customer", "owner", "clock", "breaches", "filed"],
            queue.Select(s => (IReadOnlyList<string>)[s.ComplaintId, s.Status.ToString(), s.Priority.ToString(), s.Category.ToString(),
                s.CustomerId, TextFormat.Text(s.OwnerAgentId), s.ClockLevel.ToString(), s.BreachCount.ToString(CultureInfo.InvariantCulture),
                TextFormat.Time(s.FiledAt)]));
        w.WriteLine($"{queue.Count} open.");
    }
}
