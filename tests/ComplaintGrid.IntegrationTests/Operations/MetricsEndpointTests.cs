using System.Diagnostics;
using System.Text.RegularExpressions;
using ComplaintGrid.IntegrationTests.Api;

namespace ComplaintGrid.IntegrationTests.Operations;

[Collection(OperationsHostCollection.Name)]
public sealed class MetricsEndpointTests(OperationsHostFixture host)
{
    private const string Dept = OperationsHostFixture.Department;

    [Fact]
    public async Task Metrics_AfterFilingAndActing_ShowsComplaintGridSeriesWithTheirLabelsAndValues()
    {
        var customer = ApiCalls.NewCustomer();
        var first = await host.Http.FileAsync(ApiCalls.Filing(customer));
        var second = await host.Http.FileAsync(ApiCalls.Filing(customer));
        var billing = ApiCalls.Filing(ApiCalls.NewCustomer());
        billing["category"] = "Billing";
        billing["severity"] = "Low";
        await host.Http.FileAsync(billing);
        await host.Http.Act(first, "acknowledge", """{"message":"We are on it."}""");
        await host.Http.Act(second, "acknowledge", """{"message":"We are on it."}""");

        var metrics = await Scrape.Metrics(host.OperatorHttp);

        Assert.Equal(2, Scrape.Value(metrics, $"complaintgrid_complaints_filed_total{{category=\"Delivery\",department=\"{Dept}\",severity=\"High\"}}"));
        Assert.Equal(1, Scrape.Value(metrics, $"complaintgrid_complaints_filed_total{{category=\"Billing\",department=\"{Dept}\",severity=\"Low\"}}"));
        Assert.Contains("# TYPE complaintgrid_complaints_filed_total counter", metrics);
        Assert.Equal(2, Scrape.Value(metrics, $"complaintgrid_first_response_seconds_count{{department=\"{Dept}\",severity=\"High\"}}"));
        Assert.Equal(2, Scrape.Value(metrics, $"complaintgrid_first_response_seconds_bucket{{department=\"{Dept}\",severity=\"High\",le=\"604800\"}}"));
        Assert.Equal(1, Scrape.Value(metrics, $"complaintgrid_complaints_open{{department=\"{Dept}\",status=\"Received\"}}"));
        Assert.Equal(2, Scrape.Value(metrics, $"complaintgrid_complaints_open{{department=\"{Dept}\",status=\"Acknowledged\"}}"));
        Assert.Equal(0, Scrape.Value(metrics, $"complaintgrid_complaints_open{{department=\"{Dept}\",status=\"Investigating\"}}"));
        Assert.True(Scrape.Value(metrics, "complaintgrid_churn_risk_score_count") >= 3);
        Assert.NotNull(Scrape.Value(metrics, "complaintgrid_churn_risk_score_bucket{le=\"100\"}"));
        Assert.Contains("# TYPE complaintgrid_dashboard_connections gauge", metrics);
        Assert.Contains("# TYPE complaintgrid_dashboard_frames_sent_total counter", metrics);
    }

    [Fact]
    public async Task Metrics_Anonymous_Is401WithABasicChallenge()
    {
        var response = await host.Anonymous.GetAsync("/metrics");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Basic", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("complaintgrid_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_Supervisor_IsForbidden()
    {
        var response = await host.Http.GetAsync("/metrics");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_NeverCarryComplaintOrCustomerIdsAsLabels()
    {
        await host.Http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        var metrics = await Scrape.Metrics(host.OperatorHttp);

        var ours = Scrape.Samples(metrics, "complaintgrid_").ToArray();
        Assert.NotEmpty(ours);
        foreach (var sample in ours)
        {
            Assert.DoesNotMatch(new Regex(@"[{,](complaint|customer|complaint_id|customer_id|id)="), sample);
            Assert.DoesNotContain("CMP-", sample);
            Assert.DoesNotContain("cust-", sample);
        }
    }

    [Fact]
    public async Task Metrics_IncludeOrleansAndDotNetMeters()
    {
        // Orleans' meters report as grains are called: make sure some were.
        await host.Http.GetAsync("/api/departments");
        var metrics = await Scrape.Metrics(host.OperatorHttp);

        Assert.Contains("\nmicrosoft_orleans_", metrics);
        Assert.Contains("\nprocess_cpu_seconds_total", metrics);
        Assert.Contains("\ndotnet_", metrics);
    }

    [Fact]
    public async Task Metrics_ExpositionPassesPromtoolCheckMetrics()
    {
        const string promtool = "/usr/bin/promtool";
        Assert.True(File.Exists(promtool), "promtool is missing: run tests/services/promtool.sh (tests/run does).");
        await host.Http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        var metrics = await Scrape.Metrics(host.OperatorHttp);

        var start = new ProcessStartInfo(promtool, ["check", "metrics"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(metrics);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, "promtool check metrics: " + output);
    }
}
