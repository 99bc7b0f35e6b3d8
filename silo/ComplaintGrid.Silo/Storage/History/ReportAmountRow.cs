namespace ComplaintGrid.Silo.Storage.History;

/// <summary>A remedy amount of a complaint closed in a period, exact as text.</summary>
internal sealed class ReportAmountRow
{
    public string department_id { get; set; } = "";
    public long idx { get; set; }
    public string amount { get; set; } = "";
}
