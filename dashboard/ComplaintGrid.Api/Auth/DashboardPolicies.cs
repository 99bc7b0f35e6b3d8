namespace ComplaintGrid.Api.Auth;

/// <summary>Authorization policy names: who may look and who may act.</summary>
public static class DashboardPolicies
{
    /// <summary>Any signed-in user: the page, the hub, the API's reads.</summary>
    public const string View = "complaintgrid.view";

    /// <summary>Supervisors: the API's writes.</summary>
    public const string Act = "complaintgrid.act";

    /// <summary>Operators: Orleans' own dashboard.</summary>
    public const string Operate = "complaintgrid.operate";

    /// <summary>The authentication scheme that picks cookie (browsers) or Basic (integrations) per request.</summary>
    public const string Scheme = "ComplaintGrid";
}
