using ComplaintGrid.Dashboard.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Dashboard.Api;

/// <summary><c>/api/departments</c>: every department's queue health, one department's queue, agents' shifts.</summary>
public static class DepartmentsApi
{
    public static RouteGroupBuilder MapDepartmentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/departments").WithTags("Departments").RequireViewToReadAndSupervisorToAct();
        group.MapGet("/", async (IGrainFactory grains) => TypedResults.Ok(await grains.GetGrain<IDepartmentDirectoryGrain>(0).List()));
        group.MapGet("/{id}", (string id, IGrainFactory grains) => Department(id, grains, g => g.Get()));
        group.MapGet("/{id}/queue", (string id, IGrainFactory grains) => Department(id, grains, g => g.ListOpen()));
        group.MapPut("/{id}/shifts/{agentId}", (string id, string agentId, IGrainFactory grains) => Department(id, grains, g => g.StartShift(agentId)));
        group.MapDelete("/{id}/shifts/{agentId}", (string id, string agentId, IGrainFactory grains) => Department(id, grains, g => g.EndShift(agentId)));
        return group;
    }

    private static async Task<Ok<T>> Department<T>(string id, IGrainFactory grains, Func<IDepartmentGrain, Task<T>> call)
    {
        new RuleCheck().Identifier("departmentId", id).ThrowIfAny();
        return TypedResults.Ok(await call(grains.GetGrain<IDepartmentGrain>(id)));
    }
}
