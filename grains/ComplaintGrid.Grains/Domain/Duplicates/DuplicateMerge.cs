namespace ComplaintGrid.Domain.Duplicates;

/// <summary>
/// The rules of a merge, checked before anything changes: every duplicate is filed, belongs to the primary's customer,
/// is open and is not the primary. One already merged into this primary is not merged again (a retried merge), and the
/// primary must be open to take them on.
/// </summary>
public static class DuplicateMerge
{
    /// <summary>The field every refusal of a duplicate names.</summary>
    public const string Field = "duplicates";

    /// <summary>
    /// The ids still to close as duplicates of <paramref name="primary"/>, in the order given; throws, naming every
    /// broken rule, when any id may not be merged. <paramref name="found"/> holds each id's summary (null: not filed, or
    /// not visible to the caller), in the order of <paramref name="ids"/>.
    /// </summary>
    public static IReadOnlyList<string> Check(ComplaintSummary primary, IReadOnlyList<string> ids, IReadOnlyList<ComplaintSummary?> found)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(found);
        if (!primary.IsOpen)
            throw new ComplaintGridException(ErrorCodes.TransitionGuard, "status", $"{primary.ComplaintId} is closed; merge duplicates into an open complaint.");
        var check = new RuleCheck();
        var toClose = new List<string>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            var summary = found[i];
            if (string.Equals(id, primary.ComplaintId, StringComparison.Ordinal))
                check.Fail(ErrorCodes.DuplicateIsPrimary, Field, $"{id} is the primary; name only the complaints to close as its duplicates.");
            else if (summary is null)
                check.Fail(ErrorCodes.DuplicateUnknown, Field, $"No complaint has been filed with id {id}.");
            else if (!string.Equals(summary.CustomerId, primary.CustomerId, StringComparison.Ordinal))
                check.Fail(ErrorCodes.DuplicateOtherCustomer, Field, $"{id} is another customer's complaint; duplicates must be of the same customer as the primary.");
            else if (summary.Outcome == CloseOutcome.Duplicate && string.Equals(summary.DuplicateOf, primary.ComplaintId, StringComparison.Ordinal))
                continue; // merged here already
            else if (!summary.IsOpen)
                check.Fail(ErrorCodes.DuplicateClosed, Field, $"{id} is closed already; only open complaints are merged.");
            else
                toClose.Add(id);
        }
        check.ThrowIfAny();
        return toClose;
    }
}
