namespace ComplaintGrid.Silo.Storage.History;

/// <summary>A remedy of a complaint closed in a period, with its amount exact as text (null when the remedy is not money).</summary>
internal sealed class ReportAmountRow
{
    public string department_id { get; set; } = "";
    public long idx { get; set; }
    public string? amount { get; set; }
}
