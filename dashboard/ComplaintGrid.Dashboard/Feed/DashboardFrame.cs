using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintGrid.Dashboard.Feed;

/// <summary>
/// What changed since the previous frame; a part that did not change is left out (absent from the JSON). Every part
/// merges into what the client holds: tile fields by department, points keyed by time, escalations keyed by complaint
/// and sequence, at-risk entries by customer, so a frame that overlaps a snapshot does no harm.
/// </summary>
/// <param name="Version">Feed version; a browser ignores frames at or below its snapshot's.</param>
/// <param name="ServerTime">The domain clock when the frame was made.</param>
/// <param name="Departments">Per changed tile, <c>departmentId</c> and the fields that changed (a tile new to the host: all of them).</param>
/// <param name="TrendPoints">New trend points per department.</param>
/// <param name="Escalations">New escalations, newest first.</param>
/// <param name="EscalationUpdates">Rows already sent whose complaint moved on: their changed fields, keyed by complaint and sequence.</param>
/// <param name="AtRisk">The at-risk entries that are new or changed in more than <c>computedAt</c>.</param>
/// <param name="AtRiskOrder">The at-risk board's customer ids, highest first, whenever the board changed: entries not in it are gone.</param>
/// <param name="Incidents">Every open incident shown, whenever the incident board changed: it replaces the list held.</param>
/// <param name="SentAt">When the host sent it (its wall clock): for pacing and latency measurements.</param>
public sealed record DashboardFrame(
    long Version,
    DateTimeOffset ServerTime,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>? Departments,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, TrendPoint>? TrendPoints,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EscalationEntry>? Escalations,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CustomerRiskEntry>? AtRisk,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? AtRiskOrder,
    DateTimeOffset SentAt = default,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<IncidentEntry>? Incidents = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EscalationRowUpdate>? EscalationUpdates = null);
