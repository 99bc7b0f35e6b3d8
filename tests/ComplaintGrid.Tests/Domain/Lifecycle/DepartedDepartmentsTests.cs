using ComplaintGrid.Domain.Lifecycle;
using Microsoft.Extensions.Time.Testing;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Lifecycle;

public sealed class DepartedDepartmentsTests
{
    private readonly FakeTimeProvider _time = NewTime();
    private readonly DepartedDepartments _departed = new();

    [Fact]
    public void Closed_AndAllStored_TheDepartmentIsReleasableThroughTheStoredSequence()
    {
        var c = new ComplaintDriver(_time, Filing());
        c.File();
        c.Acknowledge();
        c.Assess(upheld: false);
        c.Close();
        var last = c.Events[^1].Sequence;

        _departed.Acknowledged("logistics", c.Events, last);

        Assert.Equal([("logistics", last)], _departed.Releasable([]));
    }

    [Fact]
    public void Closed_ButNotAllStored_NothingIsReleasable()
    {
        var c = new ComplaintDriver(_time, Filing());
        c.File();
        c.Acknowledge();
        c.Assess(upheld: false);
        c.Close();

        _departed.Acknowledged("logistics", c.Events, c.Events[^1].Sequence - 1);

        Assert.False(_departed.Any);
        Assert.Empty(_departed.Releasable([]));
    }

    [Fact]
    public void StillOpenInTheDepartment_NothingIsReleasable()
    {
        var c = new ComplaintDriver(_time, Filing());
        c.ToAssigned();

        _departed.Acknowledged("logistics", c.Events, c.Events[^1].Sequence);

        Assert.Empty(_departed.Releasable([]));
    }

    [Fact]
    public void HandedOff_TheDepartmentLeftIsReleasable_UntilHandedBack()
    {
        var c = new ComplaintDriver(_time, Filing());
        c.ToAssigned();
        var away = c.HandOff("finance");
        _departed.Acknowledged("logistics", away, away[^1].Sequence);
        _departed.Acknowledged("finance", away, away[^1].Sequence);
        Assert.Equal([("logistics", away[^1].Sequence)], _departed.Releasable([]));

        var back = c.HandOff("logistics");
        _departed.Acknowledged("logistics", back, back[^1].Sequence);
        _departed.Acknowledged("finance", back, back[^1].Sequence);

        Assert.Equal([("finance", back[^1].Sequence)], _departed.Releasable([]));
    }

    [Fact]
    public void OutboxStillHoldsEventsForTheDepartment_ItIsLeftOut()
    {
        var c = new ComplaintDriver(_time, Filing());
        c.ToAssigned();
        var away = c.HandOff("finance");
        _departed.Acknowledged("logistics", away, away[^1].Sequence);

        var pending = new PendingDelivery(DeliveryTarget.Department, "logistics", away[^1]);
        var customerPending = new PendingDelivery(DeliveryTarget.Customer, CustomerId, away[^1]);

        Assert.Empty(_departed.Releasable([pending]));
        Assert.Single(_departed.Releasable([customerPending]));
    }

    [Fact]
    public void Released_IsNotReleasableAgain_UnlessItLeavesOnceMore()
    {
        var c = new ComplaintDriver(_time, Filing());
        c.ToAssigned();
        var away = c.HandOff("finance");
        _departed.Acknowledged("logistics", away, away[^1].Sequence);

        _departed.Released(_departed.Releasable([]));
        Assert.Empty(_departed.Releasable([]));

        var back = c.HandOff("logistics");
        var again = c.HandOff("finance");
        _departed.Acknowledged("logistics", [.. back, .. again], again[^1].Sequence);
        Assert.Equal([("logistics", again[^1].Sequence)], _departed.Releasable([]));
    }
}
