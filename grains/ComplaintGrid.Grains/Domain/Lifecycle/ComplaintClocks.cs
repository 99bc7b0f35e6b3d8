using System.Collections;
using ComplaintGrid.Domain.Clocks;

namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>
/// A complaint's three clocks in a fixed order (first response, customer update, resolution). A <c>foreach</c> walks
/// them without an allocation (every command walks them, some several times); LINQ still works through the interface.
/// </summary>
public readonly struct ComplaintClocks(ComplaintState state) : IEnumerable<DeadlineClock>
{
    public Enumerator GetEnumerator() => new(state);

    IEnumerator<DeadlineClock> IEnumerable<DeadlineClock>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the three clocks of one complaint.</summary>
    public struct Enumerator(ComplaintState state) : IEnumerator<DeadlineClock>
    {
        private int _index = -1;

        public readonly DeadlineClock Current => _index switch
        {
            0 => state.FirstResponse,
            1 => state.CustomerUpdate,
            2 => state.Resolution,
            _ => throw new InvalidOperationException("The enumerator is not on a clock."),
        };

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < 3;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
