namespace ComplaintGrid.Domain.Churn;

/// <summary>
/// Which customers' outcomes are held out of a fit: by a hash of the customer id (FNV-1a, stable across processes,
/// unlike <see cref="string.GetHashCode()"/>), so every fit holds out the same customers and a customer's outcomes all
/// fall on one side.
/// </summary>
public static class HeldOutSplit
{
    public static bool IsHeldOut(string customerId, int heldOutPercent)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        var hash = 2166136261u;
        foreach (var c in customerId)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return hash % 100 < (uint)heldOutPercent;
    }
}
