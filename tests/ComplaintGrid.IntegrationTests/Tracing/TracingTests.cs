using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Api;
using ComplaintGrid.Tracing;
using Microsoft.AspNetCore.Builder;

namespace ComplaintGrid.IntegrationTests.Tracing;

/// <summary>
/// The silo's traces as a collector receives them: a real silo host exports over OTLP/HTTP (protobuf) to a loopback
/// endpoint; a webhook subscription posts to another.
/// </summary>
public sealed class TracingTests : IAsyncLifetime
{
    private const string User = "trace-supervisor";
    private const string Password = "trace-password-Kx81";

    /// <summary>Personal text a customer might write: none of it may reach a span.</summary>
    private const string CustomerName = "Philomena Quarrington-Vasquez";
    private const string CustomerEmail = "philomena.qv.5531@example.org";
    private const string CustomerPhone = "+44 7700 900417";
    private const string ComplaintText = "My neighbour Ottoline Brackenbury saw the courier throw the parcel";
    private const string OrderReference = "ORDER-ZEBRA-77341";

    private static readonly string[] PersonalText =
        [CustomerName, CustomerEmail, CustomerPhone, ComplaintText, OrderReference, "Quarrington", "Brackenbury", "philomena", Password];

    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"complaintgrid-traces-{Guid.NewGuid():N}.db");
    private WebApplication? _app;

    /// <summary>Stands in for an OpenTelemetry collector's OTLP/HTTP endpoint.</summary>
    private LoopbackPostReceiver Collector { get; } = new(200);

    /// <summary>The <c>crm</c> webhook subscription's receiver.</summary>
    private LoopbackPostReceiver Subscriber { get; } = new(204);

    private HttpClient Http { get; set; } = null!;

    public async Task InitializeAsync()
    {
        (_app, var address) = await TestSiloHost.StartAsync(
        [
            "--urls", "http://127.0.0.1:0",
            "--ComplaintGrid:Silo:SiloPort", LoopbackPorts.Next().ToString(),
            "--ComplaintGrid:Silo:GatewayPort", LoopbackPorts.Next().ToString(),
            "--ComplaintGrid:Silo:ClusterId", "trace-tests-" + Guid.NewGuid().ToString("N")[..8],
            "--ComplaintGrid:Embedded:DatabasePath", _databasePath,
            "--Logging:LogLevel:Default", "Warning",
            "--ComplaintGrid:Dashboard:Users:0:Name", User,
            "--ComplaintGrid:Dashboard:Users:0:Password", Password,
            "--ComplaintGrid:Dashboard:Users:0:Role", "supervisor",
            "--ComplaintGrid:Tracing:OtlpEndpoint", Collector.Url.TrimEnd('/'),
            "--ComplaintGrid:Tracing:ServiceName", "complaintgrid-trace-test",
            // The SDK's standard batch delay (OTEL_BSP_SCHEDULE_DELAY), shortened so spans arrive while the test waits.
            "--OTEL_BSP_SCHEDULE_DELAY", "200",
            "--ComplaintGrid:Webhooks:Subscriptions:0:Name", "crm",
            "--ComplaintGrid:Webhooks:Subscriptions:0:Url", Subscriber.Url + "hooks/crm",
            "--ComplaintGrid:Webhooks:Subscriptions:0:Secret", "trace-webhook-secret-0123456789",
            "--ComplaintGrid:Webhooks:Subscriptions:0:Events:0", "*",
            "--ComplaintGrid:Webhooks:PollInterval", "00:00:00.050",
        ]);
        Http = new HttpClient { BaseAddress = address };
        Http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")));
    }

    [Fact]
    public async Task Filing_overHttp_is_one_trace_from_the_request_through_the_grains_to_the_webhook_delivery_without_personal_data()
    {
        var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
        filing["reference"] = OrderReference;
        filing["description"] = $"{ComplaintText}. Please reply to {CustomerName}, {CustomerEmail} or {CustomerPhone}.";
        var complaintId = await Http.FileAsync(filing);
        // A search a person might type, in the query string of a read: the values must not be recorded either.
        var queue = await Http.GetAsync($"/api/departments/logistics/queue?customer={Uri.EscapeDataString(CustomerEmail)}&name={Uri.EscapeDataString(CustomerName)}");
        Assert.True(queue.IsSuccessStatusCode, $"queue read answered {(int)queue.StatusCode}");

        await Eventually.True(() => WebhookComplaintIds().Contains(complaintId), "the subscriber receives the complaint's webhook", Within);
        var spans = await Eventually.Value(Spans, s => s.Any(IsDeliveryOf(complaintId)) && s.Any(IsQueueReadRequest),
            "the collector receives the webhook delivery's span and the queue read's", Within);

        // By this host's port: the tracer listens process-wide, so other test classes' hosts' requests are exported too.
        var port = Http.BaseAddress!.Port.ToString(CultureInfo.InvariantCulture);
        var request = Assert.Single(spans, s => s.Kind == ExportedSpan.ServerKind && s.Tag("server.port") == port
            && s.Tag("http.route") == "/api/complaints/" && s.Tag("http.request.method") == "POST");
        Assert.Equal(complaintId, request.Tag(ComplaintGridTracing.ComplaintIdTag));
        var trace = spans.Where(s => s.TraceId == request.TraceId).ToArray();

        // The grain calls the request caused, each carrying the complaint's id, in the request's trace.
        var complaintCalls = trace.Where(s => TargetOf(s).StartsWith("complaint/", StringComparison.Ordinal)).ToArray();
        Assert.Contains(complaintCalls, s => MethodOf(s).EndsWith("File", StringComparison.Ordinal));
        Assert.All(complaintCalls, s => Assert.Equal(complaintId, s.Tag(ComplaintGridTracing.ComplaintIdTag)));
        foreach (var view in new[] { "department/", "customer/", "webhook" })
        {
            var applies = trace.Where(s => TargetOf(s).StartsWith(view, StringComparison.Ordinal) && MethodOf(s).EndsWith("Apply", StringComparison.Ordinal)).ToArray();
            Assert.True(applies.Length > 0, $"no {view} view call in the request's trace; trace: {string.Join(" | ", trace.Select(s => s.ToString()))}");
            Assert.All(applies, s => Assert.Equal(complaintId, s.Tag(ComplaintGridTracing.ComplaintIdTag)));
        }

        // The delivery, sent later by the queue's timer, still belongs to the request's trace, with the POST inside it.
        var delivery = Assert.Single(trace, s => IsDeliveryOf(complaintId)(s) && s.Tag(ComplaintGridTracing.EventKindTag) == "Filed");
        Assert.Equal("crm", delivery.Tag(ComplaintGridTracing.WebhookSubscriptionTag));
        Assert.Equal($"crm:{complaintId}:1", delivery.Tag(ComplaintGridTracing.WebhookDeliveryIdTag));
        Assert.Contains(trace, s => s.ParentSpanId == delivery.SpanId && s.Tag("http.request.method") == "POST" && s.Tag("url.full") == Subscriber.Url + "hooks/crm");

        Assert.All(Collector.Received, post =>
        {
            Assert.Equal("POST", post.Method);
            Assert.Equal("/v1/traces", post.Path);
            Assert.Equal("application/x-protobuf", post.ContentType);
        });
        Assert.All(spans, s => Assert.Equal("complaintgrid-trace-test", s.Resource.GetValueOrDefault("service.name")));

        // Only traces of requests are exported: the live feed's polling and Orleans' timers start none. A hub call belongs
        // to its WebSocket's request, whose own span is exported only when the socket closes (and the test process holds
        // other hosts' open sockets), so hub calls are left out here; so are HttpClient calls to anywhere but this host's
        // subscriber, which other tests running in this process make (HttpClient's instrumentation sees the whole process).
        var requestTraces = spans.Where(s => s.Kind == ExportedSpan.ServerKind && s.Scope == "Microsoft.AspNetCore").Select(s => s.TraceId).ToHashSet();
        bool OtherTestsCall(ExportedSpan s) =>
            s.Scope == "System.Net.Http" && !(s.Tag("url.full") ?? "").StartsWith(Subscriber.Url, StringComparison.Ordinal);
        Assert.All(spans.Where(s => s.Scope != "Microsoft.AspNetCore.SignalR.Server" && !OtherTestsCall(s)), s => Assert.Contains(s.TraceId, requestTraces));

        // Query strings hold search and filter values: not even their names are kept.
        Assert.All(spans, s => Assert.Null(s.Tag("url.query")));
        Assert.Contains(spans, s => IsQueueReadRequest(s) && s.Tag("url.path") == "/api/departments/logistics/queue");

        // No personal text anywhere: not in a decoded span's name, tags, events or status, nor in the raw bytes sent.
        var texts = spans.SelectMany(s => s.Texts()).ToArray();
        var raw = string.Concat(Collector.Received.Select(p => Encoding.UTF8.GetString(p.Body)));
        foreach (var personal in PersonalText.Append(Uri.EscapeDataString(CustomerEmail)))
        {
            Assert.DoesNotContain(texts, t => t.Contains(personal, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(personal, raw, StringComparison.OrdinalIgnoreCase);
        }
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")), raw, StringComparison.Ordinal);
        Assert.Contains(complaintId, raw, StringComparison.Ordinal);
    }

    private static Func<ExportedSpan, bool> IsDeliveryOf(string complaintId) => s =>
        s.Name == ComplaintGridTracing.WebhookDeliverySpan && s.Tag(ComplaintGridTracing.ComplaintIdTag) == complaintId;

    private static bool IsQueueReadRequest(ExportedSpan s) => s.Kind == ExportedSpan.ServerKind && s.Tag("http.route") == "/api/departments/{id}/queue";

    private static string TargetOf(ExportedSpan s) => s.Tag("orleans.rpc.target_id") ?? "";

    private static string MethodOf(ExportedSpan s) => s.Tag("rpc.method") ?? "";

    private IReadOnlyList<ExportedSpan> Spans() =>
        Collector.Received.Where(p => p.Path == "/v1/traces").SelectMany(p => OtlpTraces.Decode(p.Body)).ToArray();

    private HashSet<string> WebhookComplaintIds() =>
        Subscriber.Received.Select(p => JsonNode.Parse(p.Body)?["complaintId"]?.GetValue<string>() ?? "").ToHashSet();

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await Collector.DisposeAsync();
        await Subscriber.DisposeAsync();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            File.Delete(file);
    }
}
