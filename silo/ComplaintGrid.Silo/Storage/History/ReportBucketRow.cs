namespace ComplaintGrid.Silo.Storage.History;

/// <summary>One department's counts in one period, for one figure (the columns a..f mean what that figure's query says).</summary>
internal sealed class ReportBucketRow
{
    public string figure { get; set; } = "";
    public string department_id { get; set; } = "";
    public long idx { get; set; }
    public long n { get; set; }
    public long a { get; set; }
    public long b { get; set; }
    public long c { get; set; }
    public long d { get; set; }
}
