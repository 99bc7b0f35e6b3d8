using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class CustomerCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The customer id, for example cust-1042." };
        return new Command("customer", "Show a customer's churn risk with its factors, and their complaints.") { id }
            .WithAction(async c => c.Output.Write(await c.Client.GetCustomer(c.Get(id), c.Cancellation), Print));
    }

    private static void Print(TextWriter w, CustomerView c)
    {
        var risk = c.Risk;
        var trend = risk.PreviousScore is { } previous ? $" (was {TextFormat.Number(previous, "0.00")})" : "";
        w.WriteLine($"{c.CustomerId}  {c.Profile.ValueTier}, customer since {TextFormat.Time(c.Profile.CustomerSince)}");
        w.WriteLine($"  churn risk  {TextFormat.Number(risk.Score, "0.00")}{trend}, model {risk.ModelVersion}, computed {TextFormat.Time(risk.ComputedAt)}");
        w.WriteLine($"  complaints  {c.TotalComplaints} total, {c.OpenComplaints} open, {c.ComplaintsLast90Days} in 90 days, " +
            $"{c.Breaches} breaches, {c.Reopens} reopens, {c.RepeatComplaints} repeats");
        w.WriteLine();
        TextTable.Write(w, ["factor", "value", "weight", "contribution", "why"],
            risk.TopFactors.Select(f => (IReadOnlyList<string>)[f.Name, TextFormat.Number(f.Value), TextFormat.Number(f.Weight),
                TextFormat.Number(f.Contribution, "0.000"), f.Explanation]));
        if (c.Complaints.Count == 0)
            return;
        w.WriteLine();
        TextTable.Write(w, ["complaint", "status", "department", "category", "filed"],
            c.Complaints.Select(s => (IReadOnlyList<string>)[s.ComplaintId, s.Status.ToString(), s.DepartmentId, s.Category.ToString(), TextFormat.Time(s.FiledAt)]));
    }
}
