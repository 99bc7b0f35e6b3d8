using System.Globalization;
using System.Text;

namespace ComplaintGrid.Simulator;

/// <summary>
/// Counts what the simulator sees happen on its complaints' timelines: escalations by kind (the clocks' by level, the
/// customers' requests, holds that ran out) and the paths taken (hand-offs, holds, updates, rejected remedies,
/// reopens). Each entry is counted once however often its complaint is read. Thread-safe.
/// </summary>
public sealed class EscalationTally
{
    private static readonly EscalationLevel[] Levels = [EscalationLevel.AtRisk, EscalationLevel.Breached, EscalationLevel.Level3, EscalationLevel.Level4];

    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<EscalationLevel, long> _clock = [];
    private readonly Dictionary<ComplaintEventKind, long> _kinds = [];

    /// <summary>Counts the entries of <paramref name="view"/>'s timeline not counted before.</summary>
    public void Observe(ComplaintView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        lock (_lock)
        {
            var last = _seen.GetValueOrDefault(view.Id, -1);
            foreach (var entry in view.Timeline)
            {
                if (entry.Sequence <= last)
                    continue;
                last = entry.Sequence;
                _kinds[entry.Kind] = _kinds.GetValueOrDefault(entry.Kind) + 1;
                // "{Clock} {Level} (owner): …", as the complaint writes it.
                if (entry.Kind == ComplaintEventKind.Escalated
                    && entry.Detail.Split(' ') is [_, var level, ..] && Enum.TryParse<EscalationLevel>(level, out var parsed))
                    _clock[parsed] = _clock.GetValueOrDefault(parsed) + 1;
            }
            _seen[view.Id] = last;
        }
    }

    /// <summary>Clock escalations seen at <paramref name="level"/>.</summary>
    public long ClockEscalations(EscalationLevel level)
    {
        lock (_lock)
            return _clock.GetValueOrDefault(level);
    }

    /// <summary>Timeline entries of <paramref name="kind"/> seen.</summary>
    public long Count(ComplaintEventKind kind)
    {
        lock (_lock)
            return _kinds.GetValueOrDefault(kind);
    }

    /// <summary>The share of escalations by kind, and the paths taken, as a plain-text table.</summary>
    public string Format()
    {
        var rows = Levels.Select(l => ($"clock {l}", ClockEscalations(l))).ToList();
        rows.Add(("customer request", Count(ComplaintEventKind.EscalationRequested)));
        rows.Add(("hold expired", Count(ComplaintEventKind.HoldExpired)));
        var total = rows.Sum(r => r.Item2);
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine("escalation            count   share");
        foreach (var (name, count) in rows)
            text.AppendLine(invariant, $"{name,-20} {count,6} {(total == 0 ? 0 : 100.0 * count / total),6:0.0} %");
        text.AppendLine(invariant, $"{"total",-20} {total,6}");
        text.Append(invariant,
            $"paths: {Count(ComplaintEventKind.HandedOff)} hand-offs, {Count(ComplaintEventKind.PutOnHold)} holds, " +
            $"{Count(ComplaintEventKind.Resumed)} resumes, {Count(ComplaintEventKind.CustomerInformed)} updates, " +
            $"{Count(ComplaintEventKind.RemedyRejected)} remedies rejected, {Count(ComplaintEventKind.Reopened)} reopens, " +
            $"{Count(ComplaintEventKind.Closed)} closed");
        return text.ToString();
    }
}
