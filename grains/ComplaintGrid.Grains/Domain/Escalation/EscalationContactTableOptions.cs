namespace ComplaintGrid.Domain.Escalation;

/// <summary>
/// Contacts per escalation level (<c>AtRisk</c>, <c>Breached</c>, <c>Level3</c>, <c>Level4</c>). A department's list for a
/// level replaces the default list for that level; a level a department leaves out keeps the default.
/// </summary>
public sealed class EscalationContactTableOptions
{
    /// <summary>Every department's contacts by level, unless the department has its own.</summary>
    public Dictionary<EscalationLevel, List<EscalationContactOptions>> Defaults { get; set; } = [];

    /// <summary>Per-department contacts by level, keyed by department id.</summary>
    public Dictionary<string, Dictionary<EscalationLevel, List<EscalationContactOptions>>> Departments { get; set; } = new(StringComparer.Ordinal);
}
