using System.Text.Json.Nodes;
using ComplaintGrid.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Tests.Api;

/// <summary>
/// What an HTTP caller gets when the cluster, not the command, failed. Orleans wraps an exception thrown while a grain
/// activates (its store unreachable during a database outage) in an <see cref="OrleansException"/>: that must still be a
/// retryable 503 naming the rule, never a bare 500.
/// </summary>
public sealed class ComplaintGridExceptionHandlerTests
{
    public static TheoryData<Exception> ClusterFailures() =>
    [
        new ComplaintGridUnavailableException("Complaint CMP-1 could not be stored (NpgsqlException); retry."),
        new OrleansException("Error activating grain", new ComplaintGridUnavailableException("Complaint CMP-1 could not be read; retry.")),
        new OrleansException("outer", new OrleansException("inner", new ComplaintGridUnavailableException("unavailable"))),
        new TimeoutException("Response did not arrive on time in 00:00:04."),
        new AggregateException(new TimeoutException("timed out")),
    ];

    [Theory]
    [MemberData(nameof(ClusterFailures))]
    public async Task AClusterFailure_WrappedOrNot_Is503WithRetryAfterAndServiceUnavailable(Exception failure)
    {
        var (handled, context, body) = await Handle(failure);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("1", context.Response.Headers.RetryAfter.ToString());
        Assert.Equal("service.unavailable", (string?)body!["code"]);
    }

    [Fact]
    public async Task ARefusedCommand_WrappedByOrleans_KeepsItsOwnCodeAndField()
    {
        var refused = new ComplaintGridException(ErrorCodes.NotFound, "complaintId", "No complaint CMP-9.");

        var (handled, context, body) = await Handle(new OrleansException("wrapped", refused));

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        Assert.Equal("complaint.not_found", (string?)body!["code"]);
        Assert.Equal("complaintId", (string?)body["field"]);
    }

    [Fact]
    public async Task AnUnexpectedFailure_IsLeftToTheDefaultHandler()
    {
        var (handled, _, _) = await Handle(new OrleansException("wrapped", new InvalidOperationException("a bug")));

        Assert.False(handled);
    }

    private static async Task<(bool Handled, HttpContext Context, JsonObject? Body)> Handle(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/api/complaints/CMP-1/acknowledge";
        context.Request.Headers.Accept = "application/json";
        var body = new MemoryStream();
        context.Response.Body = body;
        var handler = new ComplaintGridExceptionHandler(services.GetRequiredService<IProblemDetailsService>());

        var handled = await handler.TryHandleAsync(context, exception, CancellationToken.None);

        return (handled, context, body.Length > 0 ? JsonNode.Parse(body.ToArray())!.AsObject() : null);
    }
}
