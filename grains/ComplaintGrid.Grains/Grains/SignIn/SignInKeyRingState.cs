namespace ComplaintGrid.Grains.SignIn;

/// <summary>The persisted key ring, in the order the elements were written.</summary>
[GenerateSerializer, Alias("cg.SignInKeyRingState")]
public sealed class SignInKeyRingState
{
    [Id(0)] public List<SignInKeyElement> Elements { get; set; } = [];
}
