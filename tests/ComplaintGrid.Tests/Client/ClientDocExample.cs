using ComplaintGrid.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplaintGrid.Tests.Client;

/// <summary>
/// The .NET client example of docs/client.md, compiled here so it cannot drift from the API: each marked block must
/// appear in docs/client.md verbatim (<see cref="ClientDocExampleTests"/>), and <see cref="FileAndAcknowledge"/>
/// runs against a test cluster.
/// </summary>
internal static class ClientDocExample
{
    public static async Task Connect(string[] args)
    {
        // docs/client.md:begin connect
        var builder = Host.CreateApplicationBuilder(args);
        builder.AddComplaintGridClient();   // ComplaintGrid:Client from configuration; localhost:30000 by default
        using var host = builder.Build();
        await host.StartAsync();
        var complaints = host.Services.GetRequiredService<ComplaintGridClient>();
        // docs/client.md:end
        await FileAndAcknowledge(complaints);
    }

    /// <returns>The id the cluster gave the complaint.</returns>
    public static async Task<string> FileAndAcknowledge(ComplaintGridClient complaints)
    {
        // docs/client.md:begin use
        var filed = await complaints.File(new FileComplaint(
            CustomerId: "cust-1042", Channel: Channel.Phone, Subject: SubjectKind.Order, Reference: "ORD-88123",
            Description: "The sofa arrived with a torn cover.", Demand: Demand.Exchange,
            Category: Category.Delivery, Severity: Severity.High, IdempotencyKey: "crm-ticket-4711"));
        await complaints.Acknowledge(filed.Id, new AcknowledgeComplaint("agent-ana", "We are on it."));
        try
        {
            await complaints.Acknowledge(filed.Id, new AcknowledgeComplaint("agent-ana", "Hello again."));
        }
        catch (ComplaintGridException refused) when (refused.Code == ErrorCodes.IllegalTransition)
        {
            Console.WriteLine($"{refused.Errors[0].Field}: {refused.Errors[0].Message}");
        }
        // docs/client.md:end
        return filed.Id;
    }
}
