namespace ComplaintGrid;

/// <summary>How a service report cuts its date range.</summary>
[GenerateSerializer, Alias("cg.ReportPeriod")]
public enum ReportPeriod
{
    /// <summary>Local calendar days.</summary>
    Day = 0,
    /// <summary>ISO weeks, Monday to Sunday.</summary>
    Week = 1,
    /// <summary>Calendar months.</summary>
    Month = 2,
}
