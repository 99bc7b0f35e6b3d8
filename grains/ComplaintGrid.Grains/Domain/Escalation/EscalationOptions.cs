namespace ComplaintGrid.Domain.Escalation;

/// <summary>
/// Whom each escalation is sent to (configuration section <c>ComplaintGrid:Escalation</c>): contacts per escalation level,
/// by default and per department, and the rotas they may name. Nothing configured tells nobody but the timeline.
/// </summary>
public sealed class EscalationOptions
{
    public const string SectionName = "ComplaintGrid:Escalation";

    /// <summary>Contacts per level (<c>Contacts:Defaults:{Level}</c>, <c>Contacts:Departments:{id}:{Level}</c>).</summary>
    public EscalationContactTableOptions Contacts { get; set; } = new();

    /// <summary>Rotas by name (<c>Rotas:{name}</c>): people with weekly shifts in UTC, named by contacts as <c>Rota</c>.</summary>
    public Dictionary<string, List<RotaMemberOptions>> Rotas { get; set; } = new(StringComparer.Ordinal);
}
