namespace ComplaintGrid;

/// <summary>A browser's sign-in as the cookie handler keeps it: the serialized ticket and when it lapses.</summary>
[GenerateSerializer, Immutable, Alias("cg.SignInSession")]
public sealed record SignInSession(
    [property: Id(0)] byte[] Ticket,
    [property: Id(1)] DateTimeOffset ExpiresAt);
