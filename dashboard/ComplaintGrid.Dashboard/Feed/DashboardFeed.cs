using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Dashboard.Feed;

/// <summary>
/// The dashboard host's picture of the contact centre: the latest tiles, trend points, escalations and at-risk
/// board, a version that rises with every change, and the snapshots and frames cut from it. Plain state, no
/// I/O: <see cref="DashboardFeedService"/> feeds it polls and sends what it returns.
/// </summary>
public sealed class DashboardFeed(IOptions<DashboardFeedOptions> options)
{
    private readonly DashboardFeedOptions _options = options.Value;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DepartmentTile> _tiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<TrendPoint>> _trends = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _tileFields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _escalationsSeen = new(StringComparer.Ordinal);
    private DepartmentName[] _departments = [];
    private EscalationEntry[] _escalations = [];
    private CustomerRiskEntry[] _atRisk = [];
    private IncidentEntry[] _incidents = [];
    private DateTimeOffset _serverTime;
    private DateTimeOffset? _lastTrendAt;
    private long _version;

    private const string DepartmentIdField = "departmentId";

    /// <summary>The escalation board version last seen, passed back so an unchanged board is not re-sent.</summary>
    public long EscalationBoardVersion { get; private set; } = -1;

    /// <summary>The risk board version last seen.</summary>
    public long RiskBoardVersion { get; private set; } = -1;

    /// <summary>The incident board version last seen.</summary>
    public long IncidentBoardVersion { get; private set; } = -1;

    public IReadOnlyList<DepartmentName> Departments
    {
        get
        {
            lock (_lock)
                return _departments;
        }
    }

    public bool IsDepartment(string departmentId) => Departments.Any(d => d.DepartmentId == departmentId);

    /// <summary>The escalation count each department answered last, passed back so it sends only the escalations since.</summary>
    public IReadOnlyDictionary<string, long> EscalationsSeen
    {
        get
        {
            lock (_lock)
                return new Dictionary<string, long>(_escalationsSeen, StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Takes one poll's results; returns the changes, or null when nothing a browser shows changed. Escalations come from
    /// the departments (read with their views, so a row arrives with the tile change it caused) and from the board
    /// (stored, so a host that starts, or a department that moved, still shows what came before); each is added once.
    /// </summary>
    internal FeedChanges? Apply(IReadOnlyList<DepartmentFeedRead> reads, EscalationBoard? escalations, RiskBoard? risk,
        IncidentBoard? incidents = null)
    {
        lock (_lock)
        {
            var views = reads.Select(r => r.View).ToArray();
            var now = views.Length > 0 ? views.Max(v => v.ComputedAt) : _serverTime;
            _serverTime = now;
            _departments = views.Select(v => new DepartmentName(v.DepartmentId, v.Name)).ToArray();

            var tiles = new List<(string, IReadOnlyDictionary<string, JsonElement>)>();
            foreach (var view in views)
            {
                var tile = DepartmentTile.From(view);
                if (_tiles.TryGetValue(tile.DepartmentId, out var known) && known.Equals(tile))
                    continue;
                var fields = JsonSerializer.SerializeToElement(tile, ComplaintGridJson.Options);
                tiles.Add((tile.DepartmentId, ChangedFields(_tileFields.TryGetValue(tile.DepartmentId, out var sent) ? sent : null, fields)));
                _tiles[tile.DepartmentId] = tile;
                _tileFields[tile.DepartmentId] = fields;
            }

            var points = new Dictionary<string, TrendPoint>(StringComparer.Ordinal);
            if (views.Length > 0 && (_lastTrendAt is not { } last || now - last >= _options.TrendInterval))
            {
                _lastTrendAt = now;
                foreach (var view in views)
                {
                    var point = new TrendPoint(now, view.Open, view.Breached, view.FirstResponseServiceLevelLastHour);
                    if (!_trends.TryGetValue(view.DepartmentId, out var line))
                        _trends[view.DepartmentId] = line = new Queue<TrendPoint>();
                    line.Enqueue(point);
                    while (line.Count > _options.TrendPoints)
                        line.Dequeue();
                    points[view.DepartmentId] = point;
                }
            }

            foreach (var read in reads)
                _escalationsSeen[read.View.DepartmentId] = read.EscalationsApplied;
            var incoming = reads.SelectMany(r => r.Escalations);
            if (escalations is not null)
            {
                incoming = incoming.Concat(escalations.Entries);
                EscalationBoardVersion = escalations.Version;
            }
            var (newEscalations, rowUpdates) = AddEscalations(incoming);

            CustomerRiskEntry[]? atRisk = null;
            string[]? atRiskOrder = null;
            if (risk is not null)
            {
                RiskBoardVersion = risk.Version;
                var shown = risk.Customers.Take(_options.AtRiskShown).ToArray();
                var before = _atRisk.ToDictionary(c => c.CustomerId, StringComparer.Ordinal);
                var changed = shown.Where(c => !before.TryGetValue(c.CustomerId, out var known) || !SameShown(known, c)).ToArray();
                var order = shown.Select(c => c.CustomerId).ToArray();
                if (changed.Length > 0 || !order.SequenceEqual(_atRisk.Select(c => c.CustomerId)))
                {
                    atRisk = changed.Length > 0 ? changed : null;
                    atRiskOrder = order;
                }
                _atRisk = shown;
            }

            IncidentEntry[]? incidentRows = null;
            if (incidents is not null)
            {
                IncidentBoardVersion = incidents.Version;
                if (!incidents.Entries.SequenceEqual(_incidents))
                    _incidents = incidentRows = incidents.Entries.ToArray();
            }

            if (tiles.Count == 0 && points.Count == 0 && newEscalations.Count == 0 && rowUpdates.Count == 0 && atRiskOrder is null
                && incidentRows is null)
                return null;
            _version++;
            return new FeedChanges(_version, now, tiles, points, newEscalations, atRisk, atRiskOrder, incidentRows, rowUpdates);
        }
    }

    // An entry scored again with the same outcome changes only its computedAt, which the board does not show.
    private static bool SameShown(CustomerRiskEntry a, CustomerRiskEntry b) =>
        a.Score == b.Score && a.PreviousScore == b.PreviousScore && a.OpenComplaints == b.OpenComplaints
        && a.TopFactors.SequenceEqual(b.TopFactors);

    private static IReadOnlyDictionary<string, JsonElement> ChangedFields(JsonElement? before, JsonElement after)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var field in after.EnumerateObject())
        {
            if (field.NameEquals(DepartmentIdField) || before is not { } known
                || !known.TryGetProperty(field.Name, out var old) || !JsonElement.DeepEquals(old, field.Value))
                fields[field.Name] = field.Value;
        }
        return fields;
    }

    /// <summary>
    /// Adds the entries not yet held, as the board does (newest first, bounded), and takes the board's newer word on rows
    /// already held (their complaint's status or clock moved on); returns the rows added, newest first, and the held rows
    /// that moved on as their changed fields.
    /// </summary>
    private (List<EscalationEntry> Added, List<EscalationRowUpdate> Updated) AddEscalations(IEnumerable<EscalationEntry> entries)
    {
        var held = new Dictionary<(string, long), int>();
        for (var i = 0; i < _escalations.Length; i++)
            held[(_escalations[i].ComplaintId, _escalations[i].Sequence)] = i;
        var oldestKept = _escalations.Length >= IDepartmentGrain.RecentEscalationsKept ? _escalations[^1].At : DateTimeOffset.MinValue;
        var rows = _escalations.ToArray();
        var changed = new Dictionary<(string, long), EscalationEntry>();
        var added = new List<EscalationEntry>();
        foreach (var entry in entries)
        {
            var key = (entry.ComplaintId, entry.Sequence);
            if (held.TryGetValue(key, out var at))
            {
                // A row whose complaint moved on is sent as the fields that moved, not whole again.
                if (entry.StatusAsOf > rows[at].StatusAsOf && !entry.Equals(rows[at]))
                    changed[key] = rows[at] = entry;
            }
            // Older than everything kept: it fell off the feed here already and must not come back.
            else if (entry.At >= oldestKept && !changed.ContainsKey(key) && added.All(e => (e.ComplaintId, e.Sequence) != key))
                added.Add(entry);
        }
        if (added.Count == 0 && changed.Count == 0)
            return ([], []);
        _escalations = rows.Concat(added).OrderBy(e => e, NewestFirst).Take(IDepartmentGrain.RecentEscalationsKept).ToArray();
        var kept = _escalations.Select(e => (e.ComplaintId, e.Sequence)).ToHashSet();
        return (added.Where(e => kept.Contains((e.ComplaintId, e.Sequence))).OrderBy(e => e, NewestFirst).ToList(),
            changed.Values.Where(e => kept.Contains((e.ComplaintId, e.Sequence))).Select(EscalationRowUpdate.From).ToList());
    }

    private static readonly Comparer<EscalationEntry> NewestFirst = Comparer<EscalationEntry>.Create((a, b) =>
        b.At.CompareTo(a.At) is var at and not 0 ? at
        : string.CompareOrdinal(a.ComplaintId, b.ComplaintId) is var id and not 0 ? id
        : b.Sequence.CompareTo(a.Sequence));

    /// <summary>Everything a browser watching <paramref name="departmentId"/> (null: all) shows now.</summary>
    public DashboardSnapshot Snapshot(string? departmentId)
    {
        lock (_lock)
        {
            var tiles = _departments
                .Where(d => departmentId is null || d.DepartmentId == departmentId)
                .Select(d => _tiles.GetValueOrDefault(d.DepartmentId))
                .OfType<DepartmentTile>()
                .ToArray();
            var trends = tiles.ToDictionary(
                t => t.DepartmentId,
                t => (IReadOnlyList<TrendPoint>)(_trends.TryGetValue(t.DepartmentId, out var line) ? line.ToArray() : []),
                StringComparer.Ordinal);
            return new DashboardSnapshot(_version, _serverTime, departmentId, _departments, tiles, trends,
                Filter(_escalations, departmentId), _atRisk, FilterIncidents(_incidents, departmentId));
        }
    }

    /// <summary>The frame for browsers watching <paramref name="departmentId"/> (null: all), or null when nothing they show changed.</summary>
    internal DashboardFrame? FrameFor(FeedChanges changes, string? departmentId)
    {
        var tiles = changes.Departments.Where(t => departmentId is null || t.DepartmentId == departmentId).Select(t => t.Fields).ToArray();
        var points = departmentId is null
            ? changes.TrendPoints
            : changes.TrendPoints.Where(p => p.Key == departmentId).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var escalations = Filter(changes.Escalations, departmentId);
        var incidents = changes.Incidents is null ? null : FilterIncidents(changes.Incidents, departmentId);
        var updates = (changes.EscalationUpdates ?? []).Where(u => departmentId is null || u.DepartmentId == departmentId).ToArray();
        if (tiles.Length == 0 && points.Count == 0 && escalations.Count == 0 && updates.Length == 0 && changes.AtRiskOrder is null
            && incidents is null)
            return null;
        return new DashboardFrame(changes.Version, changes.ServerTime, tiles.Length > 0 ? tiles : null, points.Count > 0 ? points : null,
            escalations.Count > 0 ? escalations : null, changes.AtRisk, changes.AtRiskOrder, Incidents: incidents,
            EscalationUpdates: updates.Length > 0 ? updates : null);
    }

    // A department's browsers get the list whenever the board changed, even when only another department's rows did:
    // the list is small, and replacing it whole keeps the merge trivial.
    private static IReadOnlyList<IncidentEntry> FilterIncidents(IEnumerable<IncidentEntry> entries, string? departmentId) =>
        entries.Where(e => departmentId is null || e.DepartmentId == departmentId).ToArray();

    private IReadOnlyList<EscalationEntry> Filter(IEnumerable<EscalationEntry> entries, string? departmentId) =>
        entries.Where(e => departmentId is null || e.DepartmentId == departmentId).Take(_options.EscalationsShown).ToArray();
}
