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
    private DepartmentName[] _departments = [];
    private EscalationEntry[] _escalations = [];
    private CustomerRiskEntry[] _atRisk = [];
    private DateTimeOffset _serverTime;
    private DateTimeOffset? _lastTrendAt;
    private long _version;

    /// <summary>The escalation board version last seen, passed back so an unchanged board is not re-sent.</summary>
    public long EscalationBoardVersion { get; private set; } = -1;

    /// <summary>The risk board version last seen.</summary>
    public long RiskBoardVersion { get; private set; } = -1;

    public IReadOnlyList<DepartmentName> Departments
    {
        get
        {
            lock (_lock)
                return _departments;
        }
    }

    public bool IsDepartment(string departmentId) => Departments.Any(d => d.DepartmentId == departmentId);

    /// <summary>Takes one poll's results; returns the changes, or null when nothing a browser shows changed.</summary>
    internal FeedChanges? Apply(IReadOnlyList<DepartmentView> views, EscalationBoard? escalations, RiskBoard? risk)
    {
        lock (_lock)
        {
            var now = views.Count > 0 ? views.Max(v => v.ComputedAt) : _serverTime;
            _serverTime = now;
            _departments = views.Select(v => new DepartmentName(v.DepartmentId, v.Name)).ToArray();

            var tiles = new List<DepartmentTile>();
            foreach (var view in views)
            {
                var tile = DepartmentTile.From(view);
                if (_tiles.TryGetValue(tile.DepartmentId, out var known) && known.Equals(tile))
                    continue;
                _tiles[tile.DepartmentId] = tile;
                tiles.Add(tile);
            }

            var points = new Dictionary<string, TrendPoint>(StringComparer.Ordinal);
            if (views.Count > 0 && (_lastTrendAt is not { } last || now - last >= _options.TrendInterval))
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

            var newEscalations = Array.Empty<EscalationEntry>();
            if (escalations is not null)
            {
                // New rows and rows whose complaint moved on (status, clock level) alike: the client upserts by key.
                var known = _escalations.ToHashSet();
                newEscalations = escalations.Entries.Where(e => !known.Contains(e)).ToArray();
                _escalations = escalations.Entries.ToArray();
                EscalationBoardVersion = escalations.Version;
            }

            CustomerRiskEntry[]? atRisk = null;
            if (risk is not null)
            {
                RiskBoardVersion = risk.Version;
                var shown = risk.Customers.Take(_options.AtRiskShown).ToArray();
                if (!shown.SequenceEqual(_atRisk))
                    _atRisk = atRisk = shown;
            }

            if (tiles.Count == 0 && points.Count == 0 && newEscalations.Length == 0 && atRisk is null)
                return null;
            _version++;
            return new FeedChanges(_version, now, tiles, points, newEscalations, atRisk);
        }
    }

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
                Filter(_escalations, departmentId), _atRisk);
        }
    }

    /// <summary>The frame for browsers watching <paramref name="departmentId"/> (null: all), or null when nothing they show changed.</summary>
    internal DashboardFrame? FrameFor(FeedChanges changes, string? departmentId)
    {
        var tiles = changes.Departments.Where(t => departmentId is null || t.DepartmentId == departmentId).ToArray();
        var points = departmentId is null
            ? changes.TrendPoints
            : changes.TrendPoints.Where(p => p.Key == departmentId).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var escalations = Filter(changes.Escalations, departmentId);
        if (tiles.Length == 0 && points.Count == 0 && escalations.Count == 0 && changes.AtRisk is null)
            return null;
        return new DashboardFrame(changes.Version, changes.ServerTime, tiles, points, escalations, changes.AtRisk);
    }

    private IReadOnlyList<EscalationEntry> Filter(IEnumerable<EscalationEntry> entries, string? departmentId) =>
        entries.Where(e => departmentId is null || e.DepartmentId == departmentId).Take(_options.EscalationsShown).ToArray();
}
