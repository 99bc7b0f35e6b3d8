namespace ComplaintGrid.Cli;

/// <summary>A complaint for people: the one-line state after an action, or the full record with its timeline.</summary>
internal static class ComplaintText
{
    public static void Summary(TextWriter w, ComplaintView c)
    {
        w.WriteLine($"{c.Id}  {c.Status}  department {c.DepartmentId}  owner {TextFormat.Text(c.OwnerAgentId)}  escalation {c.EscalationLevel}");
        if (c.Timeline.Count > 0 && c.Timeline[^1] is var last)
            w.WriteLine($"  {last.Kind} by {last.Actor}: {last.Detail}");
    }

    public static void Full(TextWriter w, ComplaintView c)
    {
        w.WriteLine($"{c.Id}  {c.Status}{(c.HeldFrom is { } from ? $" (from {from})" : "")}{(c.Outcome is { } o ? $" ({o})" : "")}");
        w.WriteLine($"  customer    {c.CustomerId}  via {c.Channel}, filed {TextFormat.Time(c.FiledAt)}");
        w.WriteLine($"  about       {c.Subject} {TextFormat.Text(c.Reference)}: {c.Category}, severity {c.Severity}, priority {c.Priority}, wants {c.Demand}");
        w.WriteLine($"  description {c.Description}");
        w.WriteLine($"  department  {c.DepartmentId}  owner {TextFormat.Text(c.OwnerAgentId)}  hand-offs {c.HandOffCount}{(c.PingPong ? " (ping-pong)" : "")}  reopened {c.ReopenCount}");
        w.WriteLine($"  escalation  {c.EscalationLevel}  next check {TextFormat.Time(c.NextEscalationAt)}");
        if (c.Remedy is { } remedy)
            w.WriteLine($"  remedy      {remedy.Kind}{(remedy.Amount is { } a ? $" {TextFormat.Number((double)a)}" : "")}: {remedy.Description}");
        w.WriteLine();
        TextTable.Write(w, ["clock", "state", "allowance", "elapsed", "due", "due locally", "level", "met"],
            c.Clocks.Select(k => (IReadOnlyList<string>)[k.Kind.ToString(), k.State.ToString(), TextFormat.Duration(k.Allowance),
                TextFormat.Duration(k.Elapsed), TextFormat.Time(k.DueAt), DueLocally(k), k.Level.ToString(), k.Met is { } met ? (met ? "yes" : "no") : "-"]));
        w.WriteLine();
        TextTable.Write(w, ["#", "at", "event", "by", "detail"],
            c.Timeline.Select(t => (IReadOnlyList<string>)[t.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                TextFormat.Time(t.At), t.Kind.ToString(), t.Actor, t.Detail]));
    }

    // In the department's time zone, as its people read it; "-" when the department keeps no calendar or nothing is due.
    private static string DueLocally(ClockView clock) =>
        clock.DueLocal is { } local && clock.TimeZone is { } zone
            ? local.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " " + zone
            : "-";
}
