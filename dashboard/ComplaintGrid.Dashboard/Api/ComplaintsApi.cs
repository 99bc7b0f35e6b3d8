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
        var group = routes.MapGroup("/api/complaints").WithTags("Complaints").RequireViewToReadAndSupervisorToAct();

        group.MapPost("/", File);
        group.MapGet("/{id}", (string id, IGrainFactory grains) => Run(id, grains, g => g.Get()));

        MapAction<AcknowledgeComplaint>(group, "acknowledge", (g, c) => g.Acknowledge(c));
        MapAction<AssessRequest>(group, "assess", (g, r) => g.Assess(r.ToCommand()));
        MapAction<RouteComplaint>(group, "route", (g, c) => g.Route(c));
        MapAction<HandOffComplaint>(group, "hand-off", (g, c) => g.HandOff(c));
        MapAction<StartInvestigation>(group, "start-investigation", (g, c) => g.StartInvestigation(c));
        MapAction<RecordInvestigation>(group, "investigation", (g, c) => g.RecordInvestigation(c));
        MapAction<ProposeRemedyRequest>(group, "propose-remedy", (g, r) => g.ProposeRemedy(r.ToCommand()));
        MapAction<ApproveRemedy>(group, "approve-remedy", (g, c) => g.ApproveRemedy(c));
        MapAction<RejectRemedy>(group, "reject-remedy", (g, c) => g.RejectRemedy(c));
        MapAction<StartImplementation>(group, "start-implementation", (g, c) => g.StartImplementation(c));
        MapAction<ResolveComplaint>(group, "resolve", (g, c) => g.Resolve(c));
        MapAction<FeedbackRequest>(group, "feedback", (g, r) => g.RecordFeedback(r.ToCommand()));
        MapAction<CloseComplaint>(group, "close", (g, c) => g.Close(c));
        MapAction<PutOnHold>(group, "hold", (g, c) => g.PutOnHold(c));
        MapAction<ResumeComplaint>(group, "resume", (g, c) => g.Resume(c));
        MapAction<InformCustomer>(group, "inform-customer", (g, c) => g.InformCustomer(c));
        MapAction<RequestEscalation>(group, "escalate", (g, c) => g.RequestEscalation(c));
        group.MapPost("/{id}/check-deadlines", (string id, IGrainFactory grains) => Run(id, grains, g => g.CheckDeadlines()));
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

    private static void MapAction<TBody>(RouteGroupBuilder group, string action, Func<IComplaintGrain, TBody, Task<ComplaintView>> call)
        where TBody : class =>
        group.MapPost($"/{{id}}/{action}", (string id, TBody body, IGrainFactory grains) => Run(id, grains, g => call(g, body)));

    private static async Task<Ok<ComplaintView>> Run(string id, IGrainFactory grains, Func<IComplaintGrain, Task<ComplaintView>> call)
    {
        // A malformed id can name no complaint: answer without activating a grain for it.
        if (!ComplaintIds.IsWellFormed(id))
            throw new ComplaintGridException(ErrorCodes.NotFound, "id", $"No complaint has id '{Truncate(id)}'; ids look like CMP-0123456789ABC.");
        return TypedResults.Ok(await call(grains.GetGrain<IComplaintGrain>(id)));
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
