using ComplaintGrid.Hosting;

namespace ComplaintGrid.Grains.SignIn;

/// <summary>The deployment's one data-protection key ring; ASP.NET Core adds a key every 90 days or so, so it stays small.</summary>
internal sealed class SignInKeyRingGrain(
    [PersistentState("signInKeyRing", ComplaintGridStorage.Name)] IPersistentState<SignInKeyRingState> state) : Grain, ISignInKeyRingGrain
{
    public Task<IReadOnlyList<SignInKeyElement>> GetAll() =>
        Task.FromResult<IReadOnlyList<SignInKeyElement>>([.. state.State.Elements]);

    public async Task Store(SignInKeyElement element)
    {
        if (state.State.Elements.Exists(e => e.FriendlyName == element.FriendlyName))
            return;
        state.State.Elements.Add(element);
        await state.WriteStateAsync();
    }
}
