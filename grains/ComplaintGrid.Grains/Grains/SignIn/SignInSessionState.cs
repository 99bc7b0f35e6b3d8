namespace ComplaintGrid.Grains.SignIn;

/// <summary>The persisted session: null once signed out or lapsed.</summary>
[GenerateSerializer, Alias("cg.SignInSessionState")]
public sealed class SignInSessionState
{
    [Id(0)] public SignInSession? Session { get; set; }
}
