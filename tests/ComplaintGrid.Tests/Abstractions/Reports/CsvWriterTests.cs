namespace ComplaintGrid.Tests.Abstractions.Reports;

/// <summary>RFC 4180 as the reports write it: quoting only where needed, quotes doubled, CRLF after every record.</summary>
public sealed class CsvWriterTests
{
    [Fact]
    public void Record_PlainFields_AreWrittenAsTheyAre()
    {
        Assert.Equal("a,b c,\r\n", new CsvWriter().Record("a", "b c", null).ToString());
    }

    [Theory]
    [InlineData("one, two", "\"one, two\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("\"", "\"\"\"\"")]
    public void Field_WithACommaQuoteOrLineBreak_IsQuotedWithQuotesDoubled(string text, string written)
    {
        Assert.Equal($"x,{written}\r\n", new CsvWriter().Record("x", text).ToString());
    }

    [Fact]
    public void Fields_Numbers_AreInvariant()
    {
        using var _ = new CultureSwap("de-DE");
        var csv = new CsvWriter().Field(1234.5m).Field(0.25).Field((double?)null).Field(12).Field(new DateOnly(2026, 3, 9)).EndRecord();

        Assert.Equal("1234.5,0.25,,12,2026-03-09\r\n", csv.ToString());
    }

    [Fact]
    public void RootCauseCsv_TextsWithQuotesAndNewlines_StayInOneField()
    {
        var report = new RootCauseReport(RootCauseDimension.Cause, "UTC", new(2026, 11, 1), new(2026, 11, 30),
        [
            new RootCauseDepartment("billing", 2,
            [
                new RootCauseBar("System", 2, 1.0, 1.0,
                    [new ReportText("CMP-1", "Wrap it, \"fragile\""), new ReportText("CMP-2", "two\r\nlines")], []),
            ]),
        ]);

        Assert.Equal(
            "department_id,key,count,share,cumulative_share,lessons,prevention\r\n"
            + "billing,System,2,1,1,\"Wrap it, \"\"fragile\"\" | two\r\nlines\",\r\n",
            ReportCsv.Write(report));
    }

    [Fact]
    public void ServiceCsv_ARow_FollowsTheHeaderColumnForColumn()
    {
        var row = new ServiceReportRow("billing", new(2026, 11, 2), new(2026, 11, 8), 120, 98, 40, new ServiceLevel(110, 101, 0.9182),
            new ServiceLevel(90, 80, 0.8889), new BreachCounts(9, 4, 10), 0.05, null, 0.5, 3, new RemedyTotals(40, 1234.50m), 12.5);

        var lines = ReportCsv.Write(new ServiceReport(ReportPeriod.Week, "UTC", new(2026, 11, 2), new(2026, 11, 8), [row])).Split("\r\n");

        Assert.Equal(string.Join(',', ReportCsv.ServiceColumns), lines[0]);
        Assert.Equal("billing,2026-11-02,2026-11-08,120,98,40,110,101,0.9182,90,80,0.8889,9,4,10,0.05,,0.5,3,40,1234.50,12.5", lines[1]);
        Assert.Equal([""], lines[2..]);
        Assert.Equal(lines[0].Split(',').Length, lines[1].Split(',').Length);
    }

    private sealed class CultureSwap : IDisposable
    {
        private readonly System.Globalization.CultureInfo _previous = System.Globalization.CultureInfo.CurrentCulture;

        public CultureSwap(string name) => System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(name);

        public void Dispose() => System.Globalization.CultureInfo.CurrentCulture = _previous;
    }
}
