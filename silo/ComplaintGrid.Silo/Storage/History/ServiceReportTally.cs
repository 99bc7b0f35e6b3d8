namespace ComplaintGrid.Silo.Storage.History;

/// <summary>One department's figures in one period as the report's queries add them up.</summary>
internal sealed class ServiceReportTally
{
    public int Filed;
    public int Closed;
    public int FirstResponseMeasured;
    public int FirstResponseMet;
    public int ResolutionMeasured;
    public int ResolutionMet;
    public int BreachesFirstResponse;
    public int BreachesCustomerUpdate;
    public int BreachesResolution;
    public int Reopened;
    public int WithFeedback;
    public int Satisfied;
    public int Recovered;
    public int PingPongHandOffs;
    public int Remedies;
    public decimal RemedyAmount;
    public TimeSpan Held;

    /// <summary>Decimal places a rate keeps: a tenth of a percent point, more than any reader compares.</summary>
    private const int RateDigits = 4;

    /// <summary>Decimal places hold hours keep: under a minute.</summary>
    private const int HourDigits = 2;

    /// <summary>Adds one row of the figures query.</summary>
    public void Add(ReportBucketRow row)
    {
        switch (row.figure)
        {
            case "filed":
                Filed += (int)row.n;
                break;
            case "acknowledged":
                FirstResponseMeasured += (int)row.n;
                FirstResponseMet += (int)row.a;
                break;
            case "resolved":
                ResolutionMeasured += (int)row.n;
                ResolutionMet += (int)row.a;
                break;
            case "closed":
                Closed += (int)row.n;
                Reopened += (int)row.a;
                WithFeedback += (int)row.b;
                Satisfied += (int)row.c;
                Recovered += (int)row.d;
                break;
            case "breaches":
                BreachesFirstResponse += (int)row.a;
                BreachesCustomerUpdate += (int)row.b;
                BreachesResolution += (int)row.c;
                break;
            case "pingpong":
                PingPongHandOffs += (int)row.n;
                break;
            default:
                throw new InvalidOperationException($"The report query answered an unknown figure '{row.figure}'.");
        }
    }

    /// <summary>The row, with the complaints open at the period's end counted by the caller.</summary>
    public ServiceReportRow ToRow(string departmentId, ReportPeriodSpan period, int openAtEnd) => new(
        departmentId, period.Start, period.End, Filed, Closed, openAtEnd,
        new ServiceLevel(FirstResponseMeasured, FirstResponseMet, Rate(FirstResponseMet, FirstResponseMeasured)),
        new ServiceLevel(ResolutionMeasured, ResolutionMet, Rate(ResolutionMet, ResolutionMeasured)),
        new BreachCounts(BreachesFirstResponse, BreachesCustomerUpdate, BreachesResolution),
        Rate(Reopened, Closed), Rate(Satisfied, WithFeedback), Rate(Recovered, Reopened), PingPongHandOffs,
        new RemedyTotals(Remedies, RemedyAmount), Math.Round(Held.TotalHours, HourDigits));

    private static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, RateDigits);
}
