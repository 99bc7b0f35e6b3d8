using ComplaintGrid.Api.Auth;
using ComplaintGrid.Api.OpenApi;
using ComplaintGrid.Api.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Api;

/// <summary>
/// <c>/api/customers</c>: a customer's history summary and churn risk with its factors; their profile and outcomes; erasing
/// their personal texts.
/// </summary>
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
        group.MapDelete("/{id}/personal-data", ErasePersonalData).RequireScope(ApiScopes.Erase).WithName("ErasePersonalData")
            .WithSummary("Erase the customer's personal texts from every complaint of theirs, its views and queued webhooks.")
            .WithDescription("Descriptions, references, messages, findings, remedies, notes and feedback become \"" + ErasedText.Marker
                + "\"; who acted, when, what kind of step, statuses, clocks and amounts stay. Each complaint records a PersonalDataErased "
                + "step. Idempotent: a repeat answers 200 with complaintsErased 0. Of users, supervisors bound to no department may.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/{id}/outcomes", RecordOutcome).WithName("RecordCustomerOutcome")
            .WithSummary("Record what the customer did (stayed, left, downgraded), with their churn features as they stand now.")
            .WithDescription("The outcome and the customer's churn features are kept on the customer and in the churn model registry, "
                + "for fitting the churn model (POST /api/churn/models/fit). at defaults to now and must not be in the future. A customer "
                + "with no complaint on record is 404 customer.unknown (field customerId). A repeat of the customer's last outcome "
                + "(same outcome and at) answers the one recorded.")
            .ProducesBodyProblems().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Ok<CustomerView>> Get(string id, IGrainFactory grains)
    {
        new RuleCheck().Identifier("customerId", id).ThrowIfAny();
        return TypedResults.Ok(await grains.GetGrain<ICustomerGrain>(id).Get());
    }

    private static async Task<Ok<PersonalDataErasure>> ErasePersonalData(string id, HttpContext http, IGrainFactory grains)
    {
        new RuleCheck().Identifier("customerId", id).ThrowIfAny();
        var actor = ActingCaller.ActorFor(http.User, namedActor: null, "actor", onBehalfOf: null);
        using (ActContext.Enter(ActingCaller.OriginOf(http.User)))
            return TypedResults.Ok(await grains.GetGrain<ICustomerGrain>(id).ErasePersonalData(new ErasePersonalData(actor)));
    }

    private static async Task<Ok<CustomerOutcomeRecord>> RecordOutcome(string id, OutcomeRequest body, IGrainFactory grains)
    {
        new RuleCheck().Identifier("customerId", id).ThrowIfAny();
        return TypedResults.Ok(await grains.GetGrain<ICustomerGrain>(id).RecordOutcome(body.ToCommand()));
    }

    private static async Task<Ok<CustomerView>> SetProfile(string id, ProfileRequest body, IGrainFactory grains)
    {
        new RuleCheck().Identifier("customerId", id).ThrowIfAny();
        return TypedResults.Ok(await grains.GetGrain<ICustomerGrain>(id).SetProfile(body.ToProfile()));
    }
}
