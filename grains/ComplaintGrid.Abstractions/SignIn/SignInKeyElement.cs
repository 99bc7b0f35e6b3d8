namespace ComplaintGrid;

/// <summary>One element of the data-protection key ring (a key or a revocation), as ASP.NET Core writes it.</summary>
[GenerateSerializer, Immutable, Alias("cg.SignInKeyElement")]
public sealed record SignInKeyElement(
    [property: Id(0)] string FriendlyName,
    [property: Id(1)] string Xml);
