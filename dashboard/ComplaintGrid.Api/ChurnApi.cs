using ComplaintGrid.Api.Auth;
using ComplaintGrid.Api.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Api;

/// <summary><c>/api/churn/models</c>: the churn model registry, and fitting a new model to recorded outcomes.</summary>
public static class ChurnApi
{
    /// <summary>The OpenAPI tag of these operations.</summary>
    public const string Tag = "Churn";

    public static RouteGroupBuilder MapChurnApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/churn/models").WithTags(Tag).RequireApiScopes().ProducesCallerProblems();
        group.MapGet("/", Models).WithName("GetChurnModels")
            .WithSummary("The current churn model and the ones it replaced, with their held-out AUCs and weights.");
        group.MapPost("/fit", Fit).RequireScope(ApiScopes.Model).WithName("FitChurnModel")
            .WithSummary("Fit a churn model to the recorded outcomes; adopt it when it ranks the held-out customers better.")
            .WithDescription("Logistic regression (L2-regularised, Newton's method) on the churn factors' values recorded with each outcome; "
                + "left and downgraded count as churn. Customers are split by a hash of their id into training and held-out (the same "
                + "split every time); the candidate and the current model are scored on the held-out ones, and the candidate becomes "
                + "the current model (the next version) only when its AUC is higher. The previous model is kept. Too few outcomes, or "
                + "one kind only on either side, is 400 churn.fit.too_few_outcomes and changes nothing. Of users, supervisors and leads bound to no department may.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return group;
    }

    private static async Task<Ok<ChurnModels>> Models(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IChurnModelGrain>(0).Models());

    private static async Task<Ok<ChurnFitResult>> Fit(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IChurnModelGrain>(0).Fit());
}
