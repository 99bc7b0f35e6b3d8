using System.Globalization;

namespace ComplaintGrid.Cli;

/// <summary>How values read in text output; culture-invariant so output is the same on every machine.</summary>
internal static class TextFormat
{
    public static string Time(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";

    public static string Duration(TimeSpan? span) => span switch
    {
        null => "-",
        { TotalDays: >= 1 } d => string.Create(CultureInfo.InvariantCulture, $"{(int)d.TotalDays}d {d.Hours}h"),
        { TotalHours: >= 1 } h => string.Create(CultureInfo.InvariantCulture, $"{(int)h.TotalHours}h {h.Minutes}m"),
        { } m => string.Create(CultureInfo.InvariantCulture, $"{(int)m.TotalMinutes}m {m.Seconds}s"),
    };

    public static string Percent(double? share) => share is { } s ? s.ToString("P0", CultureInfo.InvariantCulture) : "-";

    public static string Number(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Text(string? value) => string.IsNullOrEmpty(value) ? "-" : value;
}
