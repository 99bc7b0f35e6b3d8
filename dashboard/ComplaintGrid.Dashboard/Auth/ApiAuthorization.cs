using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Dashboard.Auth;

/// <summary>Who may call an API group: any signed-in user may read; only a supervisor may change anything.</summary>
public static class ApiAuthorization
{
    public static RouteGroupBuilder RequireViewToReadAndSupervisorToAct(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(DashboardPolicies.View);
        // Finally: runs after each endpoint's own metadata (its HTTP methods) is in place.
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods);
            if (methods.Any(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m)))
                endpoint.Metadata.Add(new AuthorizeAttribute(DashboardPolicies.Act));
        });
        return group;
    }
}
