using ComplaintGrid.History;

namespace ComplaintGrid.Silo.Storage.History;

/// <summary>Which columns of a history row differ from what the complaint's state says, by name only.</summary>
public static class HistoryDifferences
{
    /// <summary>
    /// The names of the properties that differ. Times are compared to the microsecond: PostgreSQL keeps no finer, and
    /// a complaint's clock does.
    /// </summary>
    public static IReadOnlyList<string> Columns(ComplaintHistoryRecord expected, ComplaintHistoryRecord actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var a = Normalize(expected);
        var b = Normalize(actual);
        return typeof(ComplaintHistoryRecord).GetProperties()
            .Where(p => !Equals(p.GetValue(a), p.GetValue(b)))
            .Select(p => p.Name)
            .ToArray();
    }

    private static ComplaintHistoryRecord Normalize(ComplaintHistoryRecord r) => r with
    {
        FiledAt = Micro(r.FiledAt),
        AcknowledgedAt = r.AcknowledgedAt is { } acknowledged ? Micro(acknowledged) : null,
        ResolvedAt = r.ResolvedAt is { } resolved ? Micro(resolved) : null,
        ClosedAt = r.ClosedAt is { } closed ? Micro(closed) : null,
    };

    private static DateTimeOffset Micro(DateTimeOffset at) =>
        new(Math.Round(at.UtcTicks / 10m, MidpointRounding.AwayFromZero) is var micro ? (long)micro * 10 : 0, TimeSpan.Zero);
}
