using ComplaintGrid.Hosting;

namespace ComplaintGrid.Grains.SignIn;

/// <summary>
/// Keeps one sign-in until it is signed out or lapses; a reminder at the lapse clears the row, so the store holds only
/// live sessions however many browsers never sign out.
/// </summary>
internal sealed class SignInSessionGrain(
    [PersistentState("signInSession", ComplaintGridStorage.Name)] IPersistentState<SignInSessionState> state) : Grain, ISignInSessionGrain, IRemindable
{
    private const string LapseReminder = "sign-in-lapse";

    /// <summary>Orleans' shortest reminder period.</summary>
    private static readonly TimeSpan MinimumDelay = TimeSpan.FromMinutes(1);

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public async Task Store(SignInSession session)
    {
        state.State.Session = session;
        await state.WriteStateAsync();
        var delay = session.ExpiresAt - Now;
        if (delay < MinimumDelay)
            delay = MinimumDelay;
        await this.RegisterOrUpdateReminder(LapseReminder, delay, delay);
    }

    public Task<SignInSession?> Get() =>
        Task.FromResult(state.State.Session is { } session && session.ExpiresAt > Now ? session : null);

    public Task Remove() => Clear();

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == LapseReminder && (state.State.Session is not { } session || session.ExpiresAt <= Now))
            await Clear();
    }

    private async Task Clear()
    {
        if (state.RecordExists)
            await state.ClearStateAsync();
        state.State.Session = null;
        if (await this.GetReminder(LapseReminder) is { } reminder)
            await this.UnregisterReminder(reminder);
        DeactivateOnIdle();
    }
}
