using System.Text.RegularExpressions;
using ComplaintGrid.Api.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.IntegrationTests.Security;

/// <summary>One mapped route with one of its methods, made callable: parameters filled with plausible values.</summary>
public sealed partial record EndpointWalk(string Method, string Pattern, string Path, IReadOnlyList<string> Policies)
{
    /// <summary>A well-formed complaint id that was never filed.</summary>
    public const string SampleComplaintId = "CMP-0000000000000";

    public override string ToString() => $"{Method} {Pattern}";

    /// <summary>Every method of every route, with the authorization policies on its metadata.</summary>
    public static IReadOnlyList<EndpointWalk> Of(IEnumerable<RouteEndpoint> endpoints) =>
        endpoints
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new EndpointWalk(method, e.RoutePattern.RawText ?? "", Fill(e.RoutePattern.RawText ?? ""), PoliciesOf(e))))
            .DistinctBy(w => w.ToString())
            .OrderBy(w => w.ToString(), StringComparer.Ordinal)
            .ToArray();

    /// <summary>Whom the endpoint admits by its metadata: the roles and API-key scopes its policies name.</summary>
    public bool Admits(string role) => Policies.Any(p => p switch
    {
        DashboardPolicies.View => role is DashboardRoles.Lead or DashboardRoles.Agent or DashboardRoles.Supervisor,
        DashboardPolicies.Act => role is DashboardRoles.Supervisor,
        DashboardPolicies.Operate => role is DashboardRoles.Operator,
        "" => true, // the default policy: anyone signed in
        _ when p == ApiScopes.PolicyFor(ApiScopes.Read) => role is DashboardRoles.Lead or DashboardRoles.Agent or DashboardRoles.Supervisor,
        _ when p == ApiScopes.PolicyFor(ApiScopes.File) || p == ApiScopes.PolicyFor(ApiScopes.Act) => role is DashboardRoles.Agent or DashboardRoles.Supervisor,
        _ when p == ApiScopes.PolicyFor(ApiScopes.Model) => role is DashboardRoles.Lead or DashboardRoles.Supervisor,
        _ when p == ApiScopes.PolicyFor(ApiScopes.Merge) => role is DashboardRoles.Lead or DashboardRoles.Supervisor,
        _ when p.StartsWith("complaintgrid.scope.", StringComparison.Ordinal) => role is DashboardRoles.Supervisor,
        _ => false,
    });

    /// <summary>The API-key scope the endpoint requires, or null when it is not for API keys by scope.</summary>
    public string? Scope => Policies.Select(p => ApiScopes.All.FirstOrDefault(s => ApiScopes.PolicyFor(s) == p)).FirstOrDefault(s => s is not null);

    private static string[] PoliciesOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "").Distinct().ToArray();

    private static string Fill(string pattern) =>
        Parameter().Replace(pattern, m => m.Groups["name"].Value switch
        {
            "id" => SampleComplaintId,
            "customerId" => "cust-walk",
            "departmentId" => "logistics",
            "documentName" => "v1",
            "page" => "1",
            "path" => "index.html",
            _ => "walk",
        });

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
