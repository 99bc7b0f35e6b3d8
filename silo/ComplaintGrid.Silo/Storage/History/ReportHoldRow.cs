namespace ComplaintGrid.Silo.Storage.History;

/// <summary>A hold: when it began, when the next resume came (null if none), and when the complaint closed.</summary>
internal sealed class ReportHoldRow
{
    public string department_id { get; set; } = "";
    public string held_at { get; set; } = "";
    public string? resumed_at { get; set; }
    public string? closed_at { get; set; }
}
