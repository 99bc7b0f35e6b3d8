namespace ComplaintGrid.Domain.Clocks;

/// <summary>The three allowances a complaint gets at filing.</summary>
public sealed record ClockAllowances(TimeSpan FirstResponse, TimeSpan CustomerUpdate, TimeSpan Resolution)
{
    public TimeSpan For(ClockKind kind) => kind switch
    {
        ClockKind.FirstResponse => FirstResponse,
        ClockKind.CustomerUpdate => CustomerUpdate,
        _ => Resolution,
    };
}
