using System.Security.Cryptography;
using ComplaintGrid.Hosting;

namespace ComplaintGrid.Grains.Ids;

/// <summary>
/// Creates the deployment's id secret once and stores it before handing it out, so no id is ever issued under a
/// secret that could be lost. A write that fails (or loses a race to another copy) fails the call; the next call reads
/// storage again.
/// </summary>
internal sealed class ComplaintIdKeyGrain(
    [PersistentState("complaint-id-key", ComplaintGridStorage.Name)] IPersistentState<ComplaintIdKeyState> state)
    : Grain, IComplaintIdKeyGrain
{
    /// <summary>256 bits: the size of HMAC-SHA256's output, so the secret is no weaker than the hash.</summary>
    public const int SecretBytes = 32;

    public async Task<byte[]> Get()
    {
        if (state.State.Secret is { Length: > 0 } secret)
            return secret;
        state.State.Secret = RandomNumberGenerator.GetBytes(SecretBytes);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Secret = null;
            DeactivateOnIdle();
            throw;
        }
        return state.State.Secret;
    }
}
