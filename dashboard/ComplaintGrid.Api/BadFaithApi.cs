using ComplaintGrid.Api.Auth;
using ComplaintGrid.Api.OpenApi;
using ComplaintGrid.Api.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Api;

/// <summary>
/// <c>/api/customers/…/bad-faith</c> and <c>/api/customers/flagged</c>: the bad-faith pattern flag, for supervisors only
/// (scope <c>bad-faith</c>); leads, agents and keys without the scope get 403.
/// </summary>
public static class BadFaithApi
{
    public static RouteGroupBuilder MapBadFaithApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/customers").WithTags(CustomersApi.Tag).RequireApiScopes().ProducesCallerProblems();
        group.MapGet("/flagged", List).RequireScope(ApiScopes.BadFaith).WithName("ListFlaggedCustomers")
            .WithSummary("Customers whose bad-faith flag is raised, most recent first; supervisors only.");
        group.MapGet("/{id}/bad-faith", Get).RequireScope(ApiScopes.BadFaith).WithName("GetBadFaith")
            .WithSummary("The customer's bad-faith flag with its reasons and story links; supervisors only.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/{id}/bad-faith/clear", Clear).RequireScope(ApiScopes.BadFaith).WithName("ClearBadFaith")
            .WithSummary("Clear the customer's bad-faith flag with a reason; supervisors only.")
            .WithDescription("The clearing is kept with who and when; the flag stays cleared until new facts raise it. "
                + "An empty reason is a 400 naming reason; a customer without a raised flag is a 409.")
            .ProducesBodyProblems().ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Ok<IReadOnlyList<FlaggedCustomer>>> List(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IFlaggedCustomersGrain>(0).List());

    private static async Task<Ok<BadFaithView>> Get(string id, IGrainFactory grains)
    {
        new RuleCheck().Identifier("customerId", id).ThrowIfAny();
        return TypedResults.Ok(await grains.GetGrain<ICustomerGrain>(id).GetBadFaith());
    }

    private static async Task<Ok<BadFaithView>> Clear(string id, ClearBadFaithRequest body, HttpContext http, IGrainFactory grains)
    {
        new RuleCheck().Identifier("customerId", id).RequiredText("reason", body.Reason).ThrowIfAny();
        var actor = ActingCaller.ActorFor(http.User, namedActor: null, "actor", onBehalfOf: null);
        return TypedResults.Ok(await grains.GetGrain<ICustomerGrain>(id).ClearBadFaith(new ClearBadFaith(actor, body.Reason!)));
    }
}
