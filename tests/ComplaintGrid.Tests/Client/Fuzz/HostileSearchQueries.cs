namespace ComplaintGrid.Tests.Client.Fuzz;

/// <summary>
/// A valid search query and one broken rule at a time, each with the field its refusal must name. A query is no command
/// record, so its mutations are written out: every rule of <see cref="ComplaintSearchQuery.Check"/> once.
/// </summary>
public static class HostileSearchQueries
{
    private static readonly DateTimeOffset From = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static ComplaintSearchQuery Valid { get; } =
        new("cust-fuzz", "ORD-1", ComplaintStatus.Received, ["logistics"], Category.Delivery, Severity.Medium, Cause.System,
            From, From.AddDays(30), "parcel broken", 50, null);

    public static IEnumerable<(string Field, string Label, ComplaintSearchQuery Query)> All()
    {
        foreach (var (label, id) in HostileArguments.Identifiers(optional: true).Where(v => v.Value is not null))
        {
            yield return ("customerId", label, Valid with { CustomerId = id });
            yield return ("departmentId", label, Valid with { DepartmentIds = [id!] });
        }
        yield return ("reference", "blank", Valid with { Reference = "   " });
        yield return ("reference", "too long", Valid with { Reference = new string('r', FieldLimits.ReferenceMaxLength + 1) });
        yield return ("q", "no word", Valid with { Text = "?! --" });
        yield return ("q", "too long", Valid with { Text = new string('w', ComplaintSearchQuery.TextMaxLength + 1) });
        yield return ("status", "unknown", Valid with { Status = (ComplaintStatus)99 });
        yield return ("category", "unknown", Valid with { Category = (Category)(-1) });
        yield return ("severity", "unknown", Valid with { Severity = (Severity)99 });
        yield return ("cause", "unknown", Valid with { Cause = (Cause)99 });
        yield return ("from", "after to", Valid with { FiledFrom = From.AddDays(31) });
        yield return ("to", "over a year after from", Valid with { FiledTo = From.AddDays(400) });
        yield return ("limit", "zero", Valid with { Limit = 0 });
        yield return ("limit", "over the maximum", Valid with { Limit = ComplaintSearchQuery.MaximumLimit + 1 });
        yield return ("after", "not a complaint id", Valid with { After = "cust-1042" });
    }
}
