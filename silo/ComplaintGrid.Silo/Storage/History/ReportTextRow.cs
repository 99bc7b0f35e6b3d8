namespace ComplaintGrid.Silo.Storage.History;

/// <summary>A lesson or prevention text on a bar of a Pareto.</summary>
internal sealed class ReportTextRow
{
    public string department_id { get; set; } = "";
    public string key { get; set; } = "";
    public string complaint_id { get; set; } = "";
    public string text { get; set; } = "";
}
