namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>
/// The departments a complaint has left (closed there, handed or re-routed elsewhere) whose views have stored all of
/// it. Such a view still remembers the complaint's last sequence, to ignore a redelivery; once the complaint has
/// stored an outbox that holds nothing more for it, no redelivery can come, and the view may forget the complaint
/// (<see cref="Grains.IDepartmentViewGrain.ReleaseDeparted"/>). Without this, a department's memory grew with every complaint
/// it had seen in a day, and so did the state it stores every second. Kept in memory only: after a lost activation
/// the views fall back to forgetting after a day.
/// </summary>
public sealed class DepartedDepartments
{
    // Department → the sequence of this complaint it has stored, for departments left and fully stored. Created on
    // the first departure: every active complaint holds one of these.
    private Dictionary<string, long>? _stored;

    /// <summary>True when some department may be released.</summary>
    public bool Any => _stored is { Count: > 0 };

    /// <summary>A department view answered a delivery of <paramref name="delivered"/> with the sequence it has stored.</summary>
    public void Acknowledged(string departmentId, IReadOnlyList<ComplaintEvent> delivered, long storedSequence)
    {
        var last = delivered[^1];
        if (storedSequence < last.Sequence)
            return; // not all of it is stored yet: the outbox keeps and redelivers the rest
        var stillHere = last.Summary.IsOpen && string.Equals(last.Summary.DepartmentId, departmentId, StringComparison.Ordinal);
        if (stillHere)
            _stored?.Remove(departmentId); // re-routed back: the view needs its memory of the complaint again
        else
            (_stored ??= new Dictionary<string, long>(1, StringComparer.Ordinal))[departmentId] = storedSequence;
    }

    /// <summary>The departments were told to forget the complaint: they are not told again.</summary>
    public void Released(IReadOnlyList<(string DepartmentId, long Sequence)> released)
    {
        foreach (var (departmentId, sequence) in released)
        {
            if (_stored is not null && _stored.TryGetValue(departmentId, out var held) && held == sequence)
                _stored.Remove(departmentId);
        }
    }

    /// <summary>
    /// The departments that may forget the complaint, given the outbox it is about to store: one the outbox still
    /// holds events for would see them again, so it is left out.
    /// </summary>
    public IReadOnlyList<(string DepartmentId, long Sequence)> Releasable(IReadOnlyList<PendingDelivery> outbox)
    {
        if (_stored is null)
            return [];
        var result = new List<(string, long)>(_stored.Count);
        foreach (var (departmentId, sequence) in _stored)
        {
            var pending = false;
            foreach (var p in outbox)
            {
                if (p.Target == DeliveryTarget.Department && string.Equals(p.TargetId, departmentId, StringComparison.Ordinal))
                {
                    pending = true;
                    break;
                }
            }
            if (!pending)
                result.Add((departmentId, sequence));
        }
        return result;
    }
}
