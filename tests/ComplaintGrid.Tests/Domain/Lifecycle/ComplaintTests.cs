using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Lifecycle;
using Microsoft.Extensions.Time.Testing;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Lifecycle;

/// <summary>Filing and idempotency; the other themes of <see cref="Complaint"/> live in the ComplaintTests.*.cs files.</summary>
public sealed partial class ComplaintTests
{
    private readonly FakeTimeProvider _time = NewTime();

    private DateTimeOffset Now => _time.GetUtcNow();

    private ComplaintDriver Driver(FileComplaint? filing = null, ComplaintRules? rules = null) => new(_time, filing ?? Filing(), rules);

    [Fact]
    public void File_ValidFiling_RecordsReceivedComplaintWithOneEvent()
    {
        var d = Driver();

        var events = d.File();

        var filed = Assert.Single(events);
        Assert.Equal(ComplaintEventKind.Filed, filed.Kind);
        Assert.Equal(1, filed.Sequence);
        Assert.Equal(d.Id, filed.ComplaintId);
        Assert.Equal(Start, filed.At);
        Assert.Equal(ComplaintStatus.Received, filed.Summary.Status);
        Assert.True(d.State.Filed);
        Assert.Equal(d.Id, d.State.Id);
        Assert.Equal(d.Filing, d.State.Record);
        Assert.Equal(ComplaintStatus.Received, d.State.Status);
        Assert.Equal(Severity.Medium, d.State.Priority);
        Assert.Equal(Start, d.State.FiledAt);
        Assert.Equal(1, d.State.Sequence);
        var entry = Assert.Single(d.State.Timeline);
        Assert.Equal(new TimelineEntry(1, Start, Complaint.IntakeActor, ComplaintEventKind.Filed, entry.Detail, false, ActOrigin.ClusterClient), entry);
        Assert.Contains("Web", entry.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Category.ProductQuality, "quality-assurance")]
    [InlineData(Category.Delivery, "logistics")]
    [InlineData(Category.Billing, "finance")]
    [InlineData(Category.ServiceConduct, "customer-service")]
    [InlineData(Category.Policy, "policy")]
    [InlineData(Category.Other, "customer-service")]
    public void File_ByCategory_RoutesProvisionallyByTable(Category category, string department)
    {
        var d = Driver(Filing(category: category));

        d.File();

        Assert.Equal(department, d.State.DepartmentId);
        Assert.Null(d.State.OwnerAgentId);
    }

    [Theory]
    [InlineData(Severity.Critical)]
    [InlineData(Severity.High)]
    [InlineData(Severity.Medium)]
    [InlineData(Severity.Low)]
    public void File_BySeverity_StartsFirstResponseAndResolutionClocksWithStandardAllowances(Severity severity)
    {
        var d = Driver(Filing(severity: severity));

        d.File();

        var standard = ClockPolicyOptions.StandardFor(severity);
        Assert.Equal(standard.FirstResponse, d.State.FirstResponse.Allowance);
        Assert.Equal(standard.CustomerUpdate, d.State.CustomerUpdate.Allowance);
        Assert.Equal(standard.Resolution, d.State.Resolution.Allowance);
        Assert.Equal(ClockState.Running, d.State.FirstResponse.State);
        Assert.Equal(ClockState.Running, d.State.Resolution.State);
        Assert.False(d.State.CustomerUpdate.Started);
        Assert.Equal(severity, d.State.Priority);
    }

    [Fact]
    public void File_DepartmentOverride_UsesOverriddenAllowance()
    {
        var clocks = new ClockPolicyOptions
        {
            Departments = { ["logistics"] = new() { [Severity.Medium] = new() { FirstResponse = TimeSpan.FromHours(2) } } },
        };
        var d = Driver(rules: Rules(clocks));

        d.File();

        Assert.Equal(TimeSpan.FromHours(2), d.State.FirstResponse.Allowance);
        Assert.Equal(TimeSpan.FromDays(5), d.State.Resolution.Allowance);
    }

    [Fact]
    public void File_SameCommandTwice_ReturnsNoEventsAndChangesNothing()
    {
        var d = Driver();
        d.File();
        _time.Advance(TimeSpan.FromMinutes(5));
        var before = Snapshot(d.State);

        var again = d.Complaint.File(d.Id, Filing(), Now, IdOf);

        Assert.Empty(again);
        Assert.Equal(before, Snapshot(d.State));
    }

    [Fact]
    public void File_DifferentCommandSameKey_IsIdempotencyConflict()
    {
        var d = Driver();
        d.File();
        var different = Filing(description: "Something else entirely.");

        AssertRefused(d.State, () => d.Complaint.File(d.Id, different, Now, IdOf), ErrorCodes.IdempotencyConflict, "idempotencyKey");
    }

    [Fact]
    public void File_IdNotDerivedFromCustomerAndKey_IsIdMismatch()
    {
        var complaint = NewComplaint();
        var filing = Filing();

        AssertRefused(complaint.State, () => complaint.File(ComplaintIds.For("cust-2", "key-1", IdSecret), filing, Now, IdOf), ErrorCodes.IdMismatch, "idempotencyKey");
        Assert.False(complaint.State.Filed);
    }

    [Fact]
    public void File_UnderTheUnkeyedId_IsIdMismatch_SoNoNewComplaintGetsAComputableId()
    {
        var complaint = NewComplaint();
        var filing = Filing();

        var error = AssertRefused(complaint.State, () => complaint.File(ComplaintIds.Unkeyed(filing.CustomerId, filing.IdempotencyKey), filing, Now, IdOf),
            ErrorCodes.IdMismatch, "idempotencyKey");
        Assert.DoesNotContain("ComplaintIds", error.Errors[0].Message, StringComparison.Ordinal);
        Assert.False(complaint.State.Filed);
    }

    [Fact]
    public void File_RetriedUnderTheUnkeyedIdItWasFiledUnderBeforeIdsWereKeyed_ReturnsNoEventsAndChangesNothing()
    {
        var complaint = NewComplaint();
        var filing = Filing();
        var unkeyed = ComplaintIds.Unkeyed(filing.CustomerId, filing.IdempotencyKey);
        // Filed as a deployment did before ids were keyed: then the unkeyed id was the id of a filing.
        complaint.File(unkeyed, filing, Now, f => ComplaintIds.Unkeyed(f.CustomerId, f.IdempotencyKey));
        var before = Snapshot(complaint.State);

        var again = complaint.File(unkeyed, filing, Now, IdOf);

        Assert.Empty(again);
        Assert.Equal(before, Snapshot(complaint.State));
        Assert.Equal(unkeyed, complaint.State.Id);
    }

    [Fact]
    public void File_InvalidFiling_IsRefusedBeforeAnythingIsRecorded()
    {
        var complaint = NewComplaint();
        var filing = Filing(severity: (Severity)9);

        AssertRefused(complaint.State, () => complaint.File(IdOf(filing), filing, Now, IdOf), ErrorCodes.UnknownValue, "severity");
    }

    [Fact]
    public void File_Filed_SummaryCarriesFilingFacts()
    {
        var d = Driver(Filing(subject: SubjectKind.Product, reference: "SKU-42", category: Category.ProductQuality, severity: Severity.High));

        var summary = Assert.Single(d.File()).Summary;

        Assert.Equal(d.Id, summary.ComplaintId);
        Assert.Equal(CustomerId, summary.CustomerId);
        Assert.Equal("quality-assurance", summary.DepartmentId);
        Assert.Equal(Severity.High, summary.Severity);
        Assert.Equal(Severity.High, summary.Priority);
        Assert.Equal(Category.ProductQuality, summary.Category);
        Assert.Equal(SubjectKind.Product, summary.Subject);
        Assert.Equal("SKU-42", summary.Reference);
        Assert.Null(summary.Type);
        Assert.Null(summary.FirstResponseMet);
        Assert.Null(summary.ResolutionMet);
        Assert.True(summary.IsOpen);
        Assert.Equal(EscalationLevel.None, summary.ClockLevel);
    }

    [Fact]
    public void ToView_NotFiled_IsNotFound()
    {
        var complaint = NewComplaint();

        var error = Assert.Throws<ComplaintGridException>(() => complaint.ToView(Now));

        Assert.Equal(ErrorCodes.NotFound, error.Code);
        Assert.Equal("id", error.Errors[0].Field);
    }

    [Fact]
    public void NextEscalationAt_NotFiled_IsNull()
    {
        Assert.Null(NewComplaint().NextEscalationAt());
    }

    [Fact]
    public void IsPingPong_HandOffCounts_FlagsFromTwo()
    {
        Assert.False(Complaint.IsPingPong(0));
        Assert.False(Complaint.IsPingPong(1));
        Assert.True(Complaint.IsPingPong(2));
        Assert.True(Complaint.IsPingPong(5));
    }
}
