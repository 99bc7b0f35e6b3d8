using ComplaintGrid.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Api;

/// <summary><c>/api/departments</c>: every department's queue health, one department's queue, agents' shifts.</summary>
public static class DepartmentsApi
{
    public static RouteGroupBuilder MapDepartmentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/departments").WithTags("Departments").RequireApiScopes();
        group.MapGet("/", async (HttpContext http, IGrainFactory grains) =>
                TypedResults.Ok((await grains.GetGrain<IDepartmentDirectoryGrain>(0).List()).Where(d => DepartmentAccess.Allows(http.User, d.DepartmentId)).ToArray()))
            .WithName("ListDepartments").WithSummary("Every department's queue health.");
        group.MapGet("/{id}", (string id, HttpContext http, IGrainFactory grains) => Department(id, http, grains, g => g.Get()))
            .WithName("GetDepartment").WithSummary("One department's queue health.");
        group.MapGet("/{id}/queue", Queue)
            .WithName("GetDepartmentQueue")
            .WithSummary($"Its open complaints, most urgent first, a page at a time (limit 1–{QueuePage.MaximumLimit}, default {QueuePage.DefaultLimit}; after = the last id of the previous page; Link rel=next when more remain).");
        group.MapPut("/{id}/shifts/{agentId}", (string id, string agentId, HttpContext http, IGrainFactory grains) => Department(id, http, grains, g => g.StartShift(agentId)))
            .WithName("StartShift").WithSummary("An agent starts a shift in the department.");
        group.MapDelete("/{id}/shifts/{agentId}", (string id, string agentId, HttpContext http, IGrainFactory grains) => Department(id, http, grains, g => g.EndShift(agentId)))
            .WithName("EndShift").WithSummary("An agent ends a shift in the department.");
        return group;
    }

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
