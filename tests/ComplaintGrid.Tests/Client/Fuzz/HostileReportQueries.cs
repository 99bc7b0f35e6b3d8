namespace ComplaintGrid.Tests.Client.Fuzz;

/// <summary>
/// Valid report queries and one broken rule at a time, each with the field its refusal must name: every rule of
/// <see cref="ServiceReportQuery.Check"/> and <see cref="RootCauseQuery.Check"/> once.
/// </summary>
public static class HostileReportQueries
{
    private static readonly DateOnly From = new(2026, 11, 1);

    public static ServiceReportQuery Service { get; } = new(From, From.AddDays(29), "Europe/London", ["logistics"], ReportPeriod.Week);

    public static RootCauseQuery RootCauses { get; } = new(From, From.AddDays(29), "Europe/London", ["logistics"], RootCauseDimension.Cause);

    public static IEnumerable<(string Field, string Label, ServiceReportQuery Query)> AllService() =>
        Common().Select(c => (c.Field, c.Label, Service with { From = c.From, To = c.To, TimeZone = c.TimeZone!, DepartmentIds = c.Departments }))
            .Append(("period", "unknown", Service with { Period = (ReportPeriod)99 }));

    public static IEnumerable<(string Field, string Label, RootCauseQuery Query)> AllRootCauses() =>
        Common().Select(c => (c.Field, c.Label, RootCauses with { From = c.From, To = c.To, TimeZone = c.TimeZone!, DepartmentIds = c.Departments }))
            .Append(("by", "unknown", RootCauses with { By = (RootCauseDimension)(-1) }));

    /// <summary>The shared rules broken one at a time: the range, time zone and departments of an otherwise valid query.</summary>
    private static IEnumerable<(string Field, string Label, DateOnly From, DateOnly To, string? TimeZone, IReadOnlyList<string>? Departments)> Common()
    {
        var (to, zone, departments) = (Service.To, Service.TimeZone, Service.DepartmentIds);
        foreach (var (label, id) in HostileArguments.Identifiers(optional: true).Where(v => v.Value is not null))
            yield return ("departmentId", label, From, to, zone, [id!]);
        yield return ("from", "after to", to.AddDays(1), to, zone, departments);
        yield return ("to", "over 366 days", From, From.AddDays(ReportRange.MaximumDays), zone, departments);
        yield return ("timeZone", "unknown", From, to, "Mars/Olympus", departments);
        yield return ("timeZone", "blank", From, to, " ", departments);
        yield return ("timeZone", "null", From, to, null, departments);
    }
}
