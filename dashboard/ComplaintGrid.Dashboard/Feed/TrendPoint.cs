namespace ComplaintGrid.Dashboard.Feed;

/// <summary>One point of a department's trend lines.</summary>
public sealed record TrendPoint(DateTimeOffset At, int Open, int Breached, double? FirstResponseServiceLevel);
