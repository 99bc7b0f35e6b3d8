using ComplaintGrid.Api.Auth;
using ComplaintGrid.Api.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Api;

/// <summary><c>/api/departments</c>: every department's queue health, one department's queue, agents' shifts.</summary>
public static class DepartmentsApi
{
    /// <summary>The OpenAPI tag of these operations.</summary>
    public const string Tag = "Departments";

    public static RouteGroupBuilder MapDepartmentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/departments").WithTags(Tag).RequireApiScopes().ProducesCallerProblems();
        group.MapGet("/", async (HttpContext http, IGrainFactory grains) =>
                TypedResults.Ok((await grains.GetGrain<IDepartmentDirectoryGrain>(0).List()).Where(d => DepartmentAccess.Allows(http.User, d.DepartmentId)).ToArray()))
            .WithName("ListDepartments").WithSummary("Every department's queue health.");
        group.MapGet("/{id}", (string id, HttpContext http, IGrainFactory grains) => Department(id, http, grains, g => g.Get()))
            .WithName("GetDepartment").WithSummary("One department's queue health.")
            .ProducesDepartmentProblems();
        group.MapGet("/{id}/queue", Queue)
            .WithName("GetDepartmentQueue")
            .WithSummary($"Its open complaints, most urgent first, a page at a time (limit 1–{QueuePage.MaximumLimit}, default {QueuePage.DefaultLimit}; after = the last id of the previous page; Link rel=next when more remain).")
            .ProducesDepartmentProblems()
            .AddOpenApiOperationTransformer(QueuePage.DescribeAsync);
        group.MapPut("/{id}/shifts/{agentId}", (string id, string agentId, HttpContext http, IGrainFactory grains) => Department(id, http, grains, g => g.StartShift(agentId)))
            .WithName("StartShift").WithSummary("An agent starts a shift in the department.")
            .ProducesDepartmentProblems();
        group.MapDelete("/{id}/shifts/{agentId}", (string id, string agentId, HttpContext http, IGrainFactory grains) => Department(id, http, grains, g => g.EndShift(agentId)))
            .WithName("EndShift").WithSummary("An agent ends a shift in the department.")
            .ProducesDepartmentProblems();
        return group;
    }

    /// <summary>400 for a malformed department id (or page parameter), 404 for a department that is not configured or not the caller's.</summary>
    private static RouteHandlerBuilder ProducesDepartmentProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<IReadOnlyList<ComplaintSummary>>> Queue(string id, string? limit, string? after, HttpContext context, IGrainFactory grains)
    {
        var queue = await Department(id, context, grains, g => g.ListOpen());
        return TypedResults.Ok(QueuePage.Slice(queue.Value!, limit, after, context));
    }

    private static async Task<Ok<T>> Department<T>(string id, HttpContext http, IGrainFactory grains, Func<IDepartmentGrain, Task<T>> call)
    {
        new RuleCheck().Identifier("departmentId", id).ThrowIfAny();
        // Another department is answered as if it were not configured.
        if (!DepartmentAccess.Allows(http.User, id))
            throw new ComplaintGridException(ErrorCodes.UnknownDepartment, "departmentId", $"departmentId '{id}' is not a configured department.");
        return TypedResults.Ok(await call(grains.GetGrain<IDepartmentGrain>(id)));
    }
}
