using ComplaintGrid.Api.Auth;
using ComplaintGrid.Api.OpenApi;
using ComplaintGrid.Api.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Api.Incidents;

/// <summary>
/// <c>/api/incidents</c>: bursts of complaints about one cause, grouped; join a complaint by hand, tell every customer at
/// once, resolve the cause. Informing and resolving are a supervisor's (scope <c>approve</c>).
/// </summary>
public static class IncidentsApi
{
    /// <summary>The OpenAPI tag of these operations.</summary>
    public const string Tag = "Incidents";

    public static RouteGroupBuilder MapIncidentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/incidents").WithTags(Tag).RequireApiScopes().ProducesCallerProblems();
        group.MapGet("/", List).WithName("ListIncidents").WithSummary("The open incidents, newest first.");
        group.MapGet("/{id}", Get).WithName("GetIncident").WithSummary("The incident with its members.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/members", Join).WithName("JoinIncident")
            .WithSummary("Join a complaint to the incident by hand; a complaint of another department needs a reason.")
            .ProducesBodyProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/inform", Inform).RequireScope(ApiScopes.Approve).WithName("InformIncident")
            .WithSummary("Tell every open member's customer one message: a progress update, or the acknowledgement of one not yet acknowledged.")
            .WithDescription("The actor is the signed-in supervisor (or the API key's integration). Members whose status allows no word to the customer are listed in notDone.")
            .ProducesBodyProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/resolve", Resolve).RequireScope(ApiScopes.Approve).WithName("ResolveIncident")
            .WithSummary("Record the cause and close every member the lifecycle lets close now with one evaluation; the rest are listed in notDone and stay open.")
            .WithDescription("Resolved members are closed; members implementing their remedy are resolved with customerMessage, then closed; members assessed not upheld are closed. Members at earlier steps stay open in their departments. Every field is checked before any member is touched.")
            .ProducesBodyProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Ok<IReadOnlyList<IncidentEntry>>> List(HttpContext http, IGrainFactory grains)
    {
        var board = await grains.GetGrain<IIncidentBoardGrain>(0).GetIfChanged(-1);
        IReadOnlyList<IncidentEntry> entries = board?.Entries ?? [];
        if (DepartmentAccess.IsBound(http.User))
            entries = entries.Where(e => DepartmentAccess.Allows(http.User, e.DepartmentId)).ToArray();
        return TypedResults.Ok(entries);
    }

    private static async Task<Ok<IncidentView>> Get(string id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Visible(id, http, grains));

    private static async Task<Ok<IncidentView>> Join(string id, JoinIncidentRequest body, HttpContext http, IGrainFactory grains)
    {
        var actor = ActingCaller.ActorFor(http.User, namedActor: null, "actor", onBehalfOf: null);
        var command = new JoinIncident(actor, body.ComplaintId ?? "", body.Reason);
        // The body first, as every act does: a broken body is a 400 naming its field whichever incident it names.
        IncidentCommands.Validate(command);
        await Visible(id, http, grains);
        using (ActContext.Enter(ActingCaller.OriginOf(http.User)))
            return TypedResults.Ok(await grains.GetGrain<IIncidentGrain>(id).Join(command));
    }

    private static async Task<Ok<IncidentActOutcome>> Inform(string id, InformIncidentRequest body, HttpContext http, IGrainFactory grains)
    {
        var actor = ActingCaller.ActorFor(http.User, namedActor: null, "actor", onBehalfOf: null);
        var command = new InformIncident(actor, body.Message ?? "");
        IncidentCommands.Validate(command);
        await Visible(id, http, grains);
        using (ActContext.Enter(ActingCaller.OriginOf(http.User)))
            return TypedResults.Ok(await grains.GetGrain<IIncidentGrain>(id).Inform(command));
    }

    private static async Task<Ok<IncidentActOutcome>> Resolve(string id, ResolveIncidentRequest body, HttpContext http, IGrainFactory grains)
    {
        var actor = ActingCaller.ActorFor(http.User, namedActor: null, "actor", onBehalfOf: null);
        var command = body.ToCommand(actor);
        IncidentCommands.Validate(command);
        await Visible(id, http, grains);
        using (ActContext.Enter(ActingCaller.OriginOf(http.User)))
            return TypedResults.Ok(await grains.GetGrain<IIncidentGrain>(id).Resolve(command));
    }

    /// <summary>The incident, when it exists and the caller may see its department; otherwise 404 naming <c>id</c>.</summary>
    private static async Task<IncidentView> Visible(string id, HttpContext http, IGrainFactory grains)
    {
        // A malformed id can name no incident: answer without activating a grain for it.
        if (!IncidentIds.IsWellFormed(id))
            throw new ComplaintGridException(ErrorCodes.NotFound, "id", "No incident has this id; ids look like INC-0123456789AB.");
        var incident = await grains.GetGrain<IIncidentGrain>(id).Get();
        if (DepartmentAccess.IsBound(http.User) && !DepartmentAccess.Allows(http.User, incident.DepartmentId))
            throw new ComplaintGridException(ErrorCodes.NotFound, "id", "No incident has this id.");
        return incident;
    }
}
