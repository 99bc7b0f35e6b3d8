namespace ComplaintGrid.Domain.Queues;

/// <summary>Turns a department's measures into its health colour and the reasons for it.</summary>
public static class QueueHealthCalculator
{
    public static (HealthColour Colour, IReadOnlyList<string> Reasons) Assess(
        DepartmentView view, int firstResponsesLastHour, QueueHealthOptions t)
    {
        var red = new List<string>();
        var amber = new List<string>();

        if (view.Breached >= t.RedBreached)
            red.Add($"{view.Breached} open complaints breached a deadline (red at {t.RedBreached}).");
        else if (view.Breached >= t.AmberBreached)
            amber.Add($"{view.Breached} open complaint(s) breached a deadline.");

        if (view.AtRisk >= t.AmberAtRisk)
            amber.Add($"{view.AtRisk} open complaints at risk (amber at {t.AmberAtRisk}).");

        if (view.FirstResponseServiceLevelLastHour is { } level && firstResponsesLastHour >= t.MinimumServiceLevelSamples)
        {
            if (level < t.RedServiceLevel)
                red.Add($"First responses within deadline last hour: {level:P0} (red below {t.RedServiceLevel:P0}).");
            else if (level < t.AmberServiceLevel)
                amber.Add($"First responses within deadline last hour: {level:P0} (amber below {t.AmberServiceLevel:P0}).");
        }

        if (view.OldestUnacknowledgedAge is { } age)
        {
            if (age >= t.RedUnacknowledgedAge)
                red.Add($"Oldest unacknowledged complaint waited {Describe(age)} (red at {Describe(t.RedUnacknowledgedAge)}).");
            else if (age >= t.AmberUnacknowledgedAge)
                amber.Add($"Oldest unacknowledged complaint waited {Describe(age)} (amber at {Describe(t.AmberUnacknowledgedAge)}).");
        }

        if (view.LoadPerAgent is { } load)
        {
            if (load >= t.RedLoadPerAgent)
                red.Add($"{load:0.#} open complaints per agent (red at {t.RedLoadPerAgent:0.#}).");
            else if (load >= t.AmberLoadPerAgent)
                amber.Add($"{load:0.#} open complaints per agent (amber at {t.AmberLoadPerAgent:0.#}).");
        }
        else if (view.Open > 0)
        {
            amber.Add($"No agents on shift for {view.Open} open complaint(s).");
        }

        if (red.Count > 0)
            return (HealthColour.Red, [.. red, .. amber]);
        return amber.Count > 0 ? (HealthColour.Amber, amber) : (HealthColour.Green, []);
    }

    private static string Describe(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{span.TotalHours:0.#} h" : $"{span.TotalMinutes:0} min";
}
