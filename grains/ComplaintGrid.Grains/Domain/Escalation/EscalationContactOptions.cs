namespace ComplaintGrid.Domain.Escalation;

/// <summary>One entry of a level's contact list: a person (<see cref="Name"/>, <see cref="Role"/>, <see cref="Address"/>), or a
/// <see cref="Rota"/> that names whoever is on shift when the escalation happens.</summary>
public sealed class EscalationContactOptions
{
    /// <summary>The person's name.</summary>
    public string? Name { get; set; }

    /// <summary>Their role as people say it: team lead, head of department, executive.</summary>
    public string? Role { get; set; }

    /// <summary>Where they are reached: an e-mail address, a chat handle or a pager number.</summary>
    public string? Address { get; set; }

    /// <summary>A rota under <c>ComplaintGrid:Escalation:Rotas</c>; set alone, instead of a person.</summary>
    public string? Rota { get; set; }
}
