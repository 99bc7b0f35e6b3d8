using Microsoft.AspNetCore.Authorization;

namespace ComplaintGrid.Api.Auth;

/// <summary>An endpoint needs <see cref="Scope"/>: an API key granted it, or a user whose role implies it.</summary>
public sealed record ApiScopeRequirement(string Scope) : IAuthorizationRequirement;
