namespace ComplaintGrid.Api.Auth.Throttling;

/// <summary>
/// What a password sign-in came to: the user, or a refusal; when <see cref="RetryAfter"/> is set the attempt was not
/// checked at all (locked out, or too many checks waiting) and may be repeated after it.
/// </summary>
public sealed record PasswordSignInResult(SignedInUser? User, TimeSpan? RetryAfter)
{
    public static PasswordSignInResult Refused { get; } = new(null, null);

    /// <summary>Whole seconds for a <c>Retry-After</c> header, at least one.</summary>
    public int RetryAfterSeconds => RetryAfter is { } wait ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 0;
}
