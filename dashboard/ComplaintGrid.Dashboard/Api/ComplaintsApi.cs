using ComplaintGrid.Dashboard.Api.Requests;
using ComplaintGrid.Dashboard.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Dashboard.Api;

/// <summary><c>/api/complaints</c>: file a complaint, read it, and one POST per lifecycle action.</summary>
public static class ComplaintsApi
{
    public static RouteGroupBuilder MapComplaintsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/complaints").WithTags("Complaints").RequireApiScopes();

        group.MapPost("/", File).RequireScope(ApiScopes.File).WithName("FileComplaint")
            .WithSummary("File a complaint; the same customer and idempotency key return the first filing.");
        group.MapGet("/{id}", (string id, IGrainFactory grains) => Run(id, grains, g => g.Get()))
            .WithName("GetComplaint").WithSummary("The complaint with its clocks, escalations and timeline.");

        MapAction<AcknowledgeComplaint>(group, "acknowledge", "Acknowledge", "Acknowledge to the customer: stops the first-response clock.", (g, c) => g.Acknowledge(c));
        MapAction<AssessRequest>(group, "assess", "Assess", "Assess: upheld or not, type, cause and the customer's wants.", (g, r) => g.Assess(r.ToCommand()));
        MapAction<RouteComplaint>(group, "route", "Route", "Route to a department, or by the routing table.", (g, c) => g.Route(c));
        MapAction<HandOffComplaint>(group, "hand-off", "HandOff", "Hand off to another department with a reason.", (g, c) => g.HandOff(c));
        MapAction<StartInvestigation>(group, "start-investigation", "StartInvestigation", "Start the investigation, naming the owning agent.", (g, c) => g.StartInvestigation(c));
        MapAction<RecordInvestigation>(group, "investigation", "RecordInvestigation", "Record the root cause and accountable owner (8D for product quality).", (g, c) => g.RecordInvestigation(c));
        MapAction<ProposeRemedyRequest>(group, "propose-remedy", "ProposeRemedy", "Propose a remedy; money above the threshold or a critical priority awaits approval.", (g, r) => g.ProposeRemedy(r.ToCommand()));
        MapAction<ApproveRemedy>(group, "approve-remedy", "ApproveRemedy", "A supervisor other than the proposer approves the remedy.", (g, c) => g.ApproveRemedy(c));
        MapAction<RejectRemedy>(group, "reject-remedy", "RejectRemedy", "A supervisor rejects the remedy: back to investigating.", (g, c) => g.RejectRemedy(c));
        MapAction<StartImplementation>(group, "start-implementation", "StartImplementation", "Start implementing a remedy that needs no approval.", (g, c) => g.StartImplementation(c));
        MapAction<ResolveComplaint>(group, "resolve", "Resolve", "Resolve: the customer is told.", (g, c) => g.Resolve(c));
        MapAction<FeedbackRequest>(group, "feedback", "RecordFeedback", "Record the customer's feedback; unsatisfied reopens.", (g, r) => g.RecordFeedback(r.ToCommand()));
        MapAction<CloseComplaint>(group, "close", "Close", "Close with lessons and prevention (or not upheld).", (g, c) => g.Close(c));
        MapAction<PutOnHold>(group, "hold", "PutOnHold", "Put on hold waiting on the customer: every clock pauses.", (g, c) => g.PutOnHold(c));
        MapAction<ResumeComplaint>(group, "resume", "Resume", "Resume from hold.", (g, c) => g.Resume(c));
        MapAction<InformCustomer>(group, "inform-customer", "InformCustomer", "Send the customer a progress update.", (g, c) => g.InformCustomer(c));
        MapAction<RequestEscalation>(group, "escalate", "RequestEscalation", "The customer asks for escalation: one level up.", (g, c) => g.RequestEscalation(c));
        group.MapPost("/{id}/check-deadlines", (string id, IGrainFactory grains) => Run(id, grains, g => g.CheckDeadlines()))
            .WithName("CheckDeadlines").WithSummary("Evaluate the deadlines now (the reminder does this by itself).");
        return group;
    }

    private static async Task<Created<ComplaintView>> File(
        FileComplaintRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        IGrainFactory grains)
    {
        var command = request.ToCommand(idempotencyKey);
        var id = ComplaintIds.For(command.CustomerId, command.IdempotencyKey);
        var view = await grains.GetGrain<IComplaintGrain>(id).File(command);
        return TypedResults.Created($"/api/complaints/{id}", view);
    }

    private static void MapAction<TBody>(RouteGroupBuilder group, string action, string name, string summary, Func<IComplaintGrain, TBody, Task<ComplaintView>> call)
        where TBody : class =>
        group.MapPost($"/{{id}}/{action}", (string id, TBody body, IGrainFactory grains) => Run(id, grains, g => call(g, body)))
            .WithName(name).WithSummary(summary);

    private static async Task<Ok<ComplaintView>> Run(string id, IGrainFactory grains, Func<IComplaintGrain, Task<ComplaintView>> call)
    {
        // A malformed id can name no complaint: answer without activating a grain for it.
        if (!ComplaintIds.IsWellFormed(id))
            throw new ComplaintGridException(ErrorCodes.NotFound, "id", $"No complaint has id '{Truncate(id)}'; ids look like CMP-0123456789ABC.");
        return TypedResults.Ok(await call(grains.GetGrain<IComplaintGrain>(id)));
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
