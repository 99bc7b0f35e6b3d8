using System.Diagnostics;
using ComplaintGrid.Api.Auth;
using ComplaintGrid.Api.OpenApi;
using ComplaintGrid.Api.Requests;
using ComplaintGrid.Tracing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Api;

/// <summary><c>POST /api/complaints/{id}/merge</c>: a lead or supervisor merges a customer's duplicate complaints into one.</summary>
public static class DuplicatesApi
{
    /// <summary>Maps the merge on the complaints group.</summary>
    public static RouteGroupBuilder MapDuplicatesApi(this RouteGroupBuilder complaints)
    {
        ArgumentNullException.ThrowIfNull(complaints);
        complaints.MapPost("/{id}/merge", Merge).RequireScope(ApiScopes.Merge).WithName("MergeDuplicates")
            .WithSummary("Merge the same customer's duplicate complaints into this one (the primary): each is closed as a duplicate, its customer told.")
            .WithDescription("Every id in duplicates is checked before anything changes: one not filed, another customer's, the primary itself or one "
                + "already closed is refused 400 naming duplicates, and nothing is merged. Ids already merged into this primary are left as they are. "
                + $"Leads and supervisors merge (API keys: the '{ApiScopes.Merge}' scope).")
            .ProducesBodyProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return complaints;
    }

    private static async Task<Ok<ComplaintView>> Merge(string id, MergeDuplicatesRequest body, HttpContext http, IGrainFactory grains)
    {
        if (!ComplaintIds.IsWellFormed(id))
            throw new ComplaintGridException(ErrorCodes.NotFound, "id", "No complaint has this id; ids look like CMP-0123456789ABC.");
        var actor = ActingCaller.ActorFor(http.User, body.Actor, MergeDuplicatesRequest.ActorField, body.OnBehalfOf);
        var command = body.ToCommand(actor);
        CommandValidator.Validate(command);
        Activity.Current?.SetTag(ComplaintGridTracing.ComplaintIdTag, id);
        using (ActContext.Enter(ActingCaller.OriginOf(http.User)))
        {
            if (DepartmentAccess.IsBound(http.User))
                await RequireVisible(http, grains, id, command.Duplicates);
            return TypedResults.Ok(await grains.GetGrain<IComplaintGrain>(id).MergeDuplicates(command));
        }
    }

    /// <summary>A caller bound to departments merges only complaints it sees; the others are answered as if not filed.</summary>
    private static async Task RequireVisible(HttpContext http, IGrainFactory grains, string id, IReadOnlyList<string> duplicates)
    {
        if (!DepartmentAccess.Allows(http.User, (await grains.GetGrain<IComplaintGrain>(id).Get()).DepartmentId))
            throw new ComplaintGridException(ErrorCodes.NotFound, "id", "No complaint has been filed with this id.");
        foreach (var duplicate in duplicates)
        {
            ComplaintView view;
            try
            {
                view = await grains.GetGrain<IComplaintGrain>(duplicate).Get();
            }
            catch (ComplaintGridException e) when (e.Code == ErrorCodes.NotFound)
            {
                continue; // refused by the merge's own check, with the others
            }
            if (!DepartmentAccess.Allows(http.User, view.DepartmentId))
                throw new ComplaintGridException(ErrorCodes.DuplicateUnknown, "duplicates", $"No complaint has been filed with id {duplicate}.");
        }
    }
}
