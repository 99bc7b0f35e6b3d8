using ComplaintGrid.Api.Auth;
using ComplaintGrid.Api.OpenApi;
using ComplaintGrid.Api.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Api;

/// <summary><c>/api/customers</c>: a customer's history summary and churn risk with its factors.</summary>
public static class CustomersApi
{
    /// <summary>The OpenAPI tag of these operations.</summary>
    public const string Tag = "Customers";

    public static RouteGroupBuilder MapCustomersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/customers").WithTags(Tag).RequireApiScopes().ProducesCallerProblems();
        // A customer never seen before is an empty history, not a 404; a malformed id is a 400 naming customerId.
        group.MapGet("/{id}", Get).WithName("GetCustomer").WithSummary("The customer's history summary and churn risk with its factors.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPut("/{id}/profile", SetProfile).WithName("SetCustomerProfile").WithSummary("Set the customer's tenure and value tier.")
            .ProducesBodyProblems();
        return group;
    }

    private static async Task<Ok<CustomerView>> Get(string id, IGrainFactory grains)
    {
        new RuleCheck().Identifier("customerId", id).ThrowIfAny();
        return TypedResults.Ok(await grains.GetGrain<ICustomerGrain>(id).Get());
    }

    private static async Task<Ok<CustomerView>> SetProfile(string id, ProfileRequest body, IGrainFactory grains)
    {
        new RuleCheck().Identifier("customerId", id).ThrowIfAny();
        return TypedResults.Ok(await grains.GetGrain<ICustomerGrain>(id).SetProfile(body.ToProfile()));
    }
}
