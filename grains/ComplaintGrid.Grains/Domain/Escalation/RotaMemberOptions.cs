namespace ComplaintGrid.Domain.Escalation;

/// <summary>One person of a rota and the weekly shifts they are on call for it.</summary>
public sealed class RotaMemberOptions
{
    /// <summary>The person's name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Their role as people say it.</summary>
    public string Role { get; set; } = "";

    /// <summary>Where they are reached: an e-mail address, a chat handle or a pager number.</summary>
    public string Address { get; set; } = "";

    /// <summary>When they are on call, every week, in UTC.</summary>
    public List<RotaShiftOptions> Shifts { get; set; } = [];

    /// <summary>Whether one of their shifts covers <paramref name="at"/>.</summary>
    public bool OnShiftAt(DateTimeOffset at) => Shifts.Exists(s => s.Covers(at));
}
