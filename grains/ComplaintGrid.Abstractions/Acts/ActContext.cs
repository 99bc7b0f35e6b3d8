namespace ComplaintGrid;

/// <summary>
/// Carries the <see cref="ActOrigin"/> of a call to the complaint grain in Orleans' request context, beside the command
/// rather than inside it: the door is a fact about the caller that the HTTP host and the simulator know and the
/// command's author does not. A call that sets none came through the cluster client.
/// </summary>
public static class ActContext
{
    private const string Key = "cg.act-origin";

    /// <summary>The origin of the grain call being handled; <see cref="ActOrigin.ClusterClient"/> when the caller set none.</summary>
    public static ActOrigin Current => RequestContext.Get(Key) as ActOrigin ?? ActOrigin.ClusterClient;

    /// <summary>Marks the grain calls made until the returned scope is disposed as coming through <paramref name="origin"/>.</summary>
    public static IDisposable Enter(ActOrigin origin)
    {
        var previous = RequestContext.Get(Key);
        RequestContext.Set(Key, origin);
        return new Scope(previous);
    }

    private sealed class Scope(object? previous) : IDisposable
    {
        public void Dispose()
        {
            if (previous is null)
                RequestContext.Remove(Key);
            else
                RequestContext.Set(Key, previous);
        }
    }
}
