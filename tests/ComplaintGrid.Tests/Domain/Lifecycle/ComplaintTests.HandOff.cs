using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Lifecycle;

public sealed partial class ComplaintTests
{
    [Fact]
    public void Route_AssessedWithoutDepartment_ConfirmsTableDepartment()
    {
        var d = Driver(Filing(category: Category.Billing));
        d.File();
        d.Acknowledge();
        d.Assess();

        var routed = Assert.Single(d.Route());

        Assert.Equal(ComplaintEventKind.Routed, routed.Kind);
        Assert.Null(routed.PreviousDepartmentId);
        Assert.Equal("finance", d.State.DepartmentId);
        Assert.Equal(0, d.State.HandOffCount);
    }

    [Fact]
    public void Route_AssessedToOtherDepartment_CorrectsProvisionalDepartmentWithoutHandOff()
    {
        var d = Driver();
        d.File();
        d.Acknowledge();
        d.Assess();

        var routed = Assert.Single(d.Route("quality-assurance"));

        Assert.Equal(ComplaintEventKind.Routed, routed.Kind);
        Assert.Equal("logistics", routed.PreviousDepartmentId);
        Assert.Equal("quality-assurance", d.State.DepartmentId);
        Assert.Equal(0, d.State.HandOffCount);
        Assert.False(routed.Summary.PingPong);
    }

    [Fact]
    public void HandOff_First_CountsOneWithoutPingPong()
    {
        var d = Driver();
        d.ToAssigned();
        d.StartInvestigation();

        var handedOff = Assert.Single(d.HandOff("finance"));

        Assert.Equal(ComplaintEventKind.HandedOff, handedOff.Kind);
        Assert.Equal("logistics", handedOff.PreviousDepartmentId);
        Assert.Equal("finance", handedOff.Summary.DepartmentId);
        Assert.Equal(1, handedOff.Summary.HandOffCount);
        Assert.False(handedOff.Summary.PingPong);
        Assert.Equal(ComplaintStatus.Assigned, d.State.Status);
        Assert.Equal("finance", d.State.DepartmentId);
        Assert.Null(d.State.OwnerAgentId);
        Assert.Equal(1, d.State.HandOffCount);
        Assert.False(d.View.PingPong);
        var entry = d.State.Timeline[^1];
        Assert.Contains("Logistics", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("Finance", entry.Detail, StringComparison.Ordinal);
        Assert.Contains(HandOffTo("finance").Reason, entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Ping-pong", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void HandOff_Second_FlagsPingPong()
    {
        var d = Driver();
        d.ToAssigned();
        d.HandOff("finance");

        var handedOff = Assert.Single(d.HandOff("logistics"));

        Assert.Equal(2, d.State.HandOffCount);
        Assert.True(handedOff.Summary.PingPong);
        Assert.True(d.View.PingPong);
        Assert.Equal("finance", handedOff.PreviousDepartmentId);
        Assert.Contains("Ping-pong: passed on 2 times.", d.State.Timeline[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_ReopenedAfterEarlierHandOff_CountsTowardsPingPong()
    {
        var d = Driver();
        d.ToAssigned();
        d.HandOff("finance");
        d.StartInvestigation();
        d.RecordInvestigation();
        d.ProposeRemedy();
        d.StartImplementation();
        d.Resolve();
        d.RecordFeedback(satisfied: false);

        var handedOff = Assert.Single(d.Route("logistics"));

        Assert.Equal(ComplaintEventKind.HandedOff, handedOff.Kind);
        Assert.Equal(2, d.State.HandOffCount);
        Assert.True(handedOff.Summary.PingPong);
        Assert.Contains("Ping-pong", d.State.Timeline[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void HandOff_Investigating_ReturnsToAssignedForNewOwner()
    {
        var d = Driver();
        d.ToAssigned();
        d.StartInvestigation();
        d.HandOff("customer-service");

        d.StartInvestigation("agent-9");

        Assert.Equal(ComplaintStatus.Investigating, d.State.Status);
        Assert.Equal("agent-9", d.State.OwnerAgentId);
        Assert.Equal("customer-service", d.State.DepartmentId);
    }
}
