namespace ComplaintGrid.Api.Auth.Sso;

/// <summary>
/// Single sign-on through an OpenID Connect provider (section <c>ComplaintGrid:Dashboard:Sso</c>); off unless
/// <see cref="Authority"/> is set. The provider's claims say who the user is, their role and departments; configured
/// users keep working beside it.
/// </summary>
public sealed class SsoOptions
{
    public const string SectionName = "ComplaintGrid:Dashboard:Sso";

    /// <summary>The provider's issuer URL (its discovery document is at <c>/.well-known/openid-configuration</c> below it).</summary>
    public string? Authority { get; set; }

    /// <summary>This application's client id at the provider.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret, for a confidential client (from the environment or a secret store).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>What the sign-in page's button says: "Sign in with …".</summary>
    public string DisplayName { get; set; } = "single sign-on";

    /// <summary>The claim that holds the user's id, recorded as the actor of their acts.</summary>
    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>The claim that holds the role: <c>lead</c>, <c>agent</c>, <c>supervisor</c> or <c>operator</c>.</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim (one or several, or one separated by spaces or commas) that holds the user's departments, or <c>*</c>.</summary>
    public string DepartmentsClaim { get; set; } = "departments";

    /// <summary>Scopes to ask for; <c>openid profile</c> when none is configured.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>Whether the provider's metadata must come over HTTPS; turn off only for a provider on the same machine.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Whether single sign-on is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
