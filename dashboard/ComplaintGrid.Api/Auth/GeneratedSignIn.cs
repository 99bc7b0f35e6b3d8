namespace ComplaintGrid.Api.Auth;

/// <summary>A local sign-in made at start-up because no user was configured.</summary>
public sealed record GeneratedSignIn(string Name, string Password, string Role);
