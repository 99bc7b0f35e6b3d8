namespace ComplaintGrid.Silo.Storage.History;

/// <summary>Complaints counted for one bar of one department's Pareto.</summary>
internal sealed class RootCauseCountRow
{
    public string department_id { get; set; } = "";
    public string key { get; set; } = "";
    public long n { get; set; }
}
