namespace ComplaintGrid;

/// <summary>
/// Value equality for the recipient lists that escalation records, entries and events carry: the same people in the same
/// order, with no list (recorded before recipients were) equal to an empty one. A record compares lists by reference
/// otherwise, and every copy across a grain call would then differ from its original.
/// </summary>
internal static class EscalationRecipients
{
    public static bool Same(IReadOnlyList<EscalationContact>? a, IReadOnlyList<EscalationContact>? b)
    {
        a ??= [];
        b ??= [];
        if (a.Count != b.Count)
            return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }

    public static int Hash(IReadOnlyList<EscalationContact>? list)
    {
        var hash = new HashCode();
        foreach (var contact in list ?? [])
            hash.Add(contact);
        return hash.ToHashCode();
    }
}
