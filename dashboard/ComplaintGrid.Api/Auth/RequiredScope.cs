namespace ComplaintGrid.Api.Auth;

/// <summary>Endpoint metadata: the scope an endpoint needs, for its authorization policy and its OpenAPI operation.</summary>
public sealed record RequiredScope(string Scope);
