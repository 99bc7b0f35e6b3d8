using System.ComponentModel;
using System.Diagnostics;
using ComplaintGrid.Api.Auth;
using ComplaintGrid.Api.OpenApi;
using ComplaintGrid.Api.Requests;
using ComplaintGrid.Tracing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Api;

/// <summary><c>/api/complaints</c>: file a complaint, read it, and one POST per lifecycle action.</summary>
public static class ComplaintsApi
{
    /// <summary>The OpenAPI tag of these operations.</summary>
    public const string Tag = "Complaints";

    public static RouteGroupBuilder MapComplaintsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/complaints").WithTags(Tag).RequireApiScopes().ProducesCallerProblems();

        group.MapPost("/", File).RequireScope(ApiScopes.File).WithName("FileComplaint")
            .WithSummary("File a complaint; the same customer and idempotency key return the first filing.")
            .WithDescription("The idempotency key is required, in the body's idempotencyKey or the Idempotency-Key header (the same in both if both are sent).")
            .ProducesBodyProblems().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ComplaintSearch.Search).WithName("SearchComplaints")
            .WithSummary($"Find complaints, closed ones included, by filters and words, newest filing first, a page at a time (limit 1–{ComplaintSearchQuery.MaximumLimit}, default {ComplaintSearchQuery.DefaultLimit}; after = the last id of the previous page; Link rel=next when more remain).")
            .WithDescription("Every filter given must match. Unknown parameters, malformed values, from after to and ranges over a year are refused 400 naming the parameter. A caller bound to departments finds only complaints now in them; naming another department is answered 404 as if it were not configured.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .AddOpenApiOperationTransformer(ComplaintSearch.DescribeAsync);
        group.MapGet("/{id}", (string id, HttpContext http, IGrainFactory grains) => Run(id, http, grains, g => g.Get()))
            .WithName("GetComplaint").WithSummary("The complaint with its clocks, escalations and timeline.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapAction<AcknowledgeRequest, AcknowledgeComplaint>(group, "acknowledge", "Acknowledge", "Acknowledge to the customer: stops the first-response clock.", (g, c) => g.Acknowledge(c));
        MapAction<AssessRequest, AssessComplaint>(group, "assess", "Assess", "Assess: upheld or not, type, cause and the customer's wants.", (g, c) => g.Assess(c));
        MapAction<RouteRequest, RouteComplaint>(group, "route", "Route", "Route to a department, or by the routing table.", (g, c) => g.Route(c));
        MapAction<HandOffRequest, HandOffComplaint>(group, "hand-off", "HandOff", "Hand off to another department with a reason.", (g, c) => g.HandOff(c));
        MapAction<StartInvestigationRequest, StartInvestigation>(group, "start-investigation", "StartInvestigation", "Start the investigation, naming the owning agent.", (g, c) => g.StartInvestigation(c));
        MapAction<RecordInvestigationRequest, RecordInvestigation>(group, "investigation", "RecordInvestigation", "Record the root cause and accountable owner (8D for product quality).", (g, c) => g.RecordInvestigation(c));
        MapAction<ProposeRemedyRequest, ProposeRemedy>(group, "propose-remedy", "ProposeRemedy", "Propose a remedy; money above the threshold or a critical priority awaits approval.", (g, c) => g.ProposeRemedy(c));
        MapAction<ApproveRemedyRequest, ApproveRemedy>(group, "approve-remedy", "ApproveRemedy", "A supervisor other than the proposer approves the remedy.", (g, c) => g.ApproveRemedy(c))
            .RequireScope(ApiScopes.Approve);
        MapAction<RejectRemedyRequest, RejectRemedy>(group, "reject-remedy", "RejectRemedy", "A supervisor other than the proposer rejects the remedy: back to investigating.", (g, c) => g.RejectRemedy(c))
            .RequireScope(ApiScopes.Approve);
        MapAction<StartImplementationRequest, StartImplementation>(group, "start-implementation", "StartImplementation", "Start implementing a remedy that needs no approval.", (g, c) => g.StartImplementation(c));
        MapAction<ResolveRequest, ResolveComplaint>(group, "resolve", "Resolve", "Resolve: the customer is told.", (g, c) => g.Resolve(c));
        group.MapPost("/{id}/feedback", (string id, FeedbackRequest body, HttpContext http, IGrainFactory grains) => Run(id, http, grains, g => g.RecordFeedback(body.ToCommand())))
            .WithName("RecordFeedback").WithSummary("Record the customer's feedback; unsatisfied reopens.")
            .ProducesBodyProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        MapAction<CloseRequest, CloseComplaint>(group, "close", "Close", "Close with lessons and prevention (or not upheld).", (g, c) => g.Close(c));
        MapAction<PutOnHoldRequest, PutOnHold>(group, "hold", "PutOnHold", "Put on hold waiting on the customer: every clock pauses.", (g, c) => g.PutOnHold(c));
        MapAction<ResumeRequest, ResumeComplaint>(group, "resume", "Resume", "Resume from hold.", (g, c) => g.Resume(c));
        MapAction<InformCustomerRequest, InformCustomer>(group, "inform-customer", "InformCustomer", "Send the customer a progress update.", (g, c) => g.InformCustomer(c));
        MapAction<EscalateRequest, RequestEscalation>(group, "escalate", "RequestEscalation", "The customer asks for escalation: one level up.", (g, c) => g.RequestEscalation(c));
        group.MapPost("/{id}/check-deadlines", (string id, HttpContext http, IGrainFactory grains) => Run(id, http, grains, g => g.CheckDeadlines()))
            .WithName("CheckDeadlines").WithSummary("Evaluate the deadlines now (the reminder does this by itself).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDuplicatesApi();
        return group;
    }

    private static async Task<Created<ComplaintView>> File(
        FileComplaintRequest request,
        [FromHeader(Name = "Idempotency-Key"), Description("The filing's idempotency key (up to 128 of letters, digits and . _ : @ -), when the body's idempotencyKey does not carry it.")] string? idempotencyKey,
        HttpContext http,
        IGrainFactory grains)
    {
        var command = request.ToCommand(idempotencyKey);
        using (ActContext.Enter(ActingCaller.OriginOf(http.User)))
        {
            var view = await grains.FileComplaint(command);
            Activity.Current?.SetTag(ComplaintGridTracing.ComplaintIdTag, view.Id);
            return TypedResults.Created($"/api/complaints/{view.Id}", view);
        }
    }

    /// <summary>Maps one lifecycle action: the body's actor checked against the caller, the command acted by the caller.</summary>
    private static RouteHandlerBuilder MapAction<TRequest, TCommand>(
        RouteGroupBuilder group, string action, string name, string summary, Func<IComplaintGrain, TCommand, Task<ComplaintView>> call)
        where TRequest : class, IActRequest<TCommand> =>
        group.MapPost($"/{{id}}/{action}", (string id, TRequest body, HttpContext http, IGrainFactory grains) =>
            {
                var actor = ActingCaller.ActorFor(http.User, body.NamedActor, TRequest.ActorField, body.OnBehalfOf);
                return Run(id, http, grains, g => call(g, body.ToCommand(actor)));
            })
            .WithName(name).WithSummary(summary)
            .WithDescription($"The actor is the caller (the signed-in user, or the API key's integration): omit {TRequest.ActorField} or name the "
                + $"caller in it, or the request is refused 403 {ActingErrors.ActorMismatch}. An API key with the '{ApiScopes.ActAs}' scope may "
                + $"name the agent it acts for in {ActingErrors.OnBehalfOfField}; the timeline records both.")
            .ProducesBodyProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<ComplaintView>> Run(string id, HttpContext http, IGrainFactory grains, Func<IComplaintGrain, Task<ComplaintView>> call)
    {
        // A malformed id can name no complaint: answer without activating a grain for it.
        if (!ComplaintIds.IsWellFormed(id))
            throw new ComplaintGridException(ErrorCodes.NotFound, "id", $"No complaint has id '{Truncate(id)}'; ids look like CMP-0123456789ABC.");
        Activity.Current?.SetTag(ComplaintGridTracing.ComplaintIdTag, id);
        var complaint = grains.GetGrain<IComplaintGrain>(id);
        using (ActContext.Enter(ActingCaller.OriginOf(http.User)))
        {
            // Another department's complaint is answered as if it did not exist, for reading and acting alike.
            if (DepartmentAccess.IsBound(http.User) && !DepartmentAccess.Allows(http.User, (await complaint.Get()).DepartmentId))
                throw new ComplaintGridException(ErrorCodes.NotFound, "id", "No complaint has been filed with this id.");
            return TypedResults.Ok(await call(complaint));
        }
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
