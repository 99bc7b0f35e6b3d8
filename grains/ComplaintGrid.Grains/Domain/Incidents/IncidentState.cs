namespace ComplaintGrid.Domain.Incidents;

/// <summary>The persisted state of one incident. Type name, alias and ids are a storage contract: never renumber.</summary>
[GenerateSerializer, Alias("cg.IncidentState")]
public sealed class IncidentState
{
    [Id(0)] public bool Opened { get; set; }
    [Id(1)] public string DepartmentId { get; set; } = "";
    [Id(2)] public Category Category { get; set; }
    [Id(3)] public string Title { get; set; } = "";
    [Id(4)] public string? Reference { get; set; }
    [Id(5)] public IncidentStatus Status { get; set; }
    [Id(6)] public DateTimeOffset OpenedAt { get; set; }
    [Id(7)] public List<IncidentMember> Members { get; set; } = [];
    [Id(8)] public string? RootCause { get; set; }
    [Id(9)] public DateTimeOffset? ResolvedAt { get; set; }
    [Id(10)] public string? ResolvedBy { get; set; }

    /// <summary>The detection grain that opened it, told when it is resolved.</summary>
    [Id(11)] public string DetectorKey { get; set; } = "";

    /// <summary>The incident as callers see it, with its growth at <paramref name="now"/>.</summary>
    public IncidentView ToView(string id, DateTimeOffset now, TimeSpan window) =>
        new(id, DepartmentId, Category, Title, Reference, Status, OpenedAt, Members.Count,
            IncidentGrowth.Of(Members.Select(m => m.JoinedAt), now, window), Members.ToArray(), RootCause, ResolvedAt, ResolvedBy);
}
