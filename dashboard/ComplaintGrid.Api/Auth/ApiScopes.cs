namespace ComplaintGrid.Api.Auth;

/// <summary>
/// What an API key may do (configuration values, matched case-insensitively): <c>read</c> every GET,
/// <c>file</c> <c>POST /api/complaints</c>, <c>act</c> every other POST, PUT and DELETE, <c>approve</c> a remedy's
/// approval and rejection, <c>erase</c> a customer's personal texts, <c>bad-faith</c> see and clear bad-faith flags, <c>model</c> fit the churn model, <c>merge</c> a customer's duplicate complaints, and <c>act-as</c> name the agent a request acts for
/// (<c>onBehalfOf</c>).
/// </summary>
public static class ApiScopes
{
    /// <summary>Every GET of the API.</summary>
    public const string Read = "read";

    /// <summary>Filing a complaint (<c>POST /api/complaints</c>): what a web form or IVR needs and nothing more.</summary>
    public const string File = "file";

    /// <summary>Every other change: lifecycle actions, customer profiles, shifts.</summary>
    public const string Act = "act";

    /// <summary>Approving and rejecting a remedy: the second pair of eyes, never implied by <see cref="Act"/>.</summary>
    public const string Approve = "approve";

    /// <summary>
    /// Erasing a customer's personal texts (<c>DELETE /api/customers/{id}/personal-data</c>): irreversible and across every
    /// department, so never implied by <see cref="Act"/>; a data-protection tool's key needs this and nothing more.
    /// </summary>
    public const string Erase = "erase";

    /// <summary>
    /// Seeing and clearing customers' bad-faith flags (<c>/api/customers/{id}/bad-faith</c>, <c>/api/customers/flagged</c>):
    /// of users, supervisors only; never implied by <see cref="Read"/>, since the flag must not reach those who serve the customer.
    /// </summary>
    public const string BadFaith = "bad-faith";

    /// <summary>
    /// Naming the agent a request acts for (<c>onBehalfOf</c>): the integration vouches for that agent, and the timeline
    /// records both ("agent-ana via crm"). Without it a key acts as its integration.
    /// </summary>
    public const string ActAs = "act-as";

    /// <summary>
    /// Fitting the churn model (<c>POST /api/churn/models/fit</c>): changes every customer's score, so never implied by
    /// <see cref="Act"/>; of users, supervisors and leads bound to no department may.
    /// </summary>
    public const string Model = "model";

    /// <summary>
    /// Merging a customer's duplicate complaints (<c>POST /api/complaints/{id}/merge</c>): closes complaints at once, so
    /// never implied by <see cref="Act"/>; users have it as leads or supervisors.
    /// </summary>
    public const string Merge = "merge";

    /// <summary>The claim type an API key's scopes travel in.</summary>
    public const string ClaimType = "complaintgrid:scope";

    public static readonly IReadOnlyList<string> All = [Read, File, Act, Approve, Erase, BadFaith, ActAs, Model, Merge];

    /// <summary>The authorization policy that requires <paramref name="scope"/>.</summary>
    public static string PolicyFor(string scope) => "complaintgrid.scope." + scope;
}
