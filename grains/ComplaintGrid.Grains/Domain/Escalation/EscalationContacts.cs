namespace ComplaintGrid.Domain.Escalation;

/// <summary>
/// Resolves whom an escalation is sent to: the department's contacts for the level, or else the defaults for it, with
/// each rota replaced by whoever of it is on shift at the moment of the escalation. Each address is told once.
/// </summary>
public sealed class EscalationContacts(EscalationOptions options)
{
    /// <summary>No contacts configured: escalations are recorded and shown, and sent to nobody.</summary>
    public static EscalationContacts None { get; } = new(new EscalationOptions());

    public IReadOnlyList<EscalationContact> For(string departmentId, EscalationLevel level, DateTimeOffset at)
    {
        List<EscalationContactOptions>? list = null;
        if (options.Contacts.Departments.TryGetValue(departmentId, out var byLevel))
            byLevel.TryGetValue(level, out list);
        if (list is null)
            options.Contacts.Defaults.TryGetValue(level, out list);
        if (list is null || list.Count == 0)
            return [];

        var told = new List<EscalationContact>();
        var addresses = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in list)
        {
            if (entry.Rota is { } rota)
            {
                if (!options.Rotas.TryGetValue(rota, out var members))
                    continue;
                foreach (var member in members)
                {
                    if (member.OnShiftAt(at) && addresses.Add(member.Address))
                        told.Add(new EscalationContact(member.Name, member.Role, member.Address, rota));
                }
            }
            else if (addresses.Add(entry.Address!))
            {
                told.Add(new EscalationContact(entry.Name!, entry.Role!, entry.Address!));
            }
        }
        return told;
    }
}
