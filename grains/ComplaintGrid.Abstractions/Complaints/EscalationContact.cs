namespace ComplaintGrid;

/// <summary>Someone an escalation was sent to: a person named in configuration, or whoever a rota had on shift then.</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Role">Their role, as configured (team lead, head of department, executive).</param>
/// <param name="Address">Where they are reached: an e-mail address, a chat handle or a pager number.</param>
/// <param name="Rota">The rota that had them on shift, or null when they are named directly.</param>
[GenerateSerializer, Immutable, Alias("cg.EscalationContact")]
public sealed record EscalationContact(
    [property: Id(0)] string Name,
    [property: Id(1)] string Role,
    [property: Id(2)] string Address,
    [property: Id(3)] string? Rota = null);
