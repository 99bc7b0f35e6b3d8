using System.Text.Json;
using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>Every refused command reaches the Orleans client as a typed error naming field and rule, and changes nothing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CommandErrorGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    public static TheoryData<string, string, string> BadFilings() => new()
    {
        { "customerId", ErrorCodes.Required, "" },
        { "customerId", ErrorCodes.InvalidIdentifier, "cust/../1" },
        { "customerId", ErrorCodes.TooLong, new string('c', 65) },
        { "description", ErrorCodes.Required, "  " },
        { "description", ErrorCodes.TooLong, new string('d', 4001) },
        { "description", ErrorCodes.ControlCharacters, "bad\u0000byte" },
        { "reference", ErrorCodes.TooLong, new string('r', 101) },
        { "channel", ErrorCodes.UnknownValue, "99" },
        { "severity", ErrorCodes.UnknownValue, "-1" },
        { "idempotencyKey", ErrorCodes.Required, "" },
    };

    [Theory]
    [MemberData(nameof(BadFilings))]
    public async Task File_BreakingARule_IsRefusedWithFieldAndRule_AndFilesNothing(string field, string code, string value)
    {
        var good = Filing(NewCustomer());
        var bad = field switch
        {
            "customerId" => good with { CustomerId = value },
            "description" => good with { Description = value },
            "reference" => good with { Reference = value },
            "channel" => good with { Channel = (Channel)int.Parse(value) },
            "severity" => good with { Severity = (Severity)int.Parse(value) },
            _ => good with { IdempotencyKey = value },
        };
        var grain = _grains.GetGrain<IComplaintGrain>(await KeyedIdAsync(_grains, bad));

        var error = await Assert.ThrowsAsync<ComplaintGridException>(() => _grains.FileComplaint(bad));
        var direct = await Assert.ThrowsAsync<ComplaintGridException>(() => grain.File(bad));

        Assert.Contains(error.Errors, e => e.Field == field && e.Code == code && e.Message.Contains(field, StringComparison.Ordinal));
        Assert.Equal(error.Errors, direct.Errors);
        var notFound = await Assert.ThrowsAsync<ComplaintGridException>(() => grain.Get());
        Assert.Equal(ErrorCodes.NotFound, notFound.Code);
    }

    [Fact]
    public async Task File_WithSeveralBrokenRules_ReportsThemAll()
    {
        var bad = Filing(NewCustomer()) with { Description = "", Category = (Category)42, Reference = new string('x', 200) };

        var error = await Assert.ThrowsAsync<ComplaintGridException>(() =>
            _grains.FileComplaint(bad));

        Assert.Equal(["reference", "description", "category"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task File_SameKeyTwice_ReturnsTheFirstComplaint_AndADifferentFilingWithThatKeyIsAConflict()
    {
        var filing = Filing(NewCustomer());
        var (grain, first) = await FileAsync(_grains, filing);

        var again = await grain.File(filing);
        var conflict = await Assert.ThrowsAsync<ComplaintGridException>(() => grain.File(filing with { Description = "Something else." }));
        var customer = await _grains.GetGrain<ICustomerGrain>(filing.CustomerId).Get();

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.Sequence, again.Sequence);
        Assert.Single(again.Timeline);
        Assert.Equal(ErrorCodes.IdempotencyConflict, conflict.Code);
        Assert.Equal(1, customer.TotalComplaints);
    }

    [Fact]
    public async Task File_UnderAnIdThatIsNotTheOneGivenToTheKey_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ComplaintGridException>(() =>
            _grains.GetGrain<IComplaintGrain>("CMP-0000000000000").File(Filing(NewCustomer())));

        Assert.Equal(ErrorCodes.IdMismatch, error.Code);
    }

    public static TheoryData<string, string> RefusedCommands() => new()
    {
        { "assess-before-acknowledge", ErrorCodes.IllegalTransition },
        { "acknowledge-without-message", ErrorCodes.Required },
        { "acknowledge-bad-actor", ErrorCodes.InvalidIdentifier },
        { "hold-before-acknowledge", ErrorCodes.IllegalTransition },
        { "resume-when-not-held", ErrorCodes.IllegalTransition },
        { "feedback-before-resolve", ErrorCodes.IllegalTransition },
        { "close-while-received", ErrorCodes.IllegalTransition },
        { "inform-before-acknowledge", ErrorCodes.IllegalTransition },
    };

    [Theory]
    [MemberData(nameof(RefusedCommands))]
    public async Task Command_Refused_ReachesTheClientTypedAndLeavesTheComplaintExactlyAsItWas(string scenario, string code)
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer()));
        var before = JsonSerializer.Serialize(await grain.Get());

        Func<Task> act = scenario switch
        {
            "assess-before-acknowledge" => () => grain.Assess(new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.Value, null, [], null)),
            "acknowledge-without-message" => () => grain.Acknowledge(new AcknowledgeComplaint("agent-1", "")),
            "acknowledge-bad-actor" => () => grain.Acknowledge(new AcknowledgeComplaint("agent 1", "Hello")),
            "hold-before-acknowledge" => () => grain.PutOnHold(new PutOnHold("agent-1", "Waiting")),
            "resume-when-not-held" => () => grain.Resume(new ResumeComplaint("agent-1")),
            "feedback-before-resolve" => () => grain.RecordFeedback(new RecordFeedback(false, null)),
            "close-while-received" => () => grain.Close(Evaluation()),
            _ => () => grain.InformCustomer(new InformCustomer("agent-1", "News")),
        };
        var error = await Assert.ThrowsAsync<ComplaintGridException>(act);

        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Errors[0].Message));
        if (code == ErrorCodes.IllegalTransition)
        {
            Assert.Equal("status", error.Errors[0].Field);
            Assert.Contains("Received", error.Message, StringComparison.Ordinal);
        }
        Assert.Equal(before, JsonSerializer.Serialize(await grain.Get()));
    }

    [Fact]
    public async Task ProposeRemedy_WithBadAmountsAndBeforeInvestigation_IsRefusedAndChangesNothing()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer()));
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        await grain.Assess(new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.Value, null, [], null));
        await grain.Route(new RouteComplaint("agent-1", null));
        await grain.StartInvestigation(new StartInvestigation("lead-1", "agent-7"));
        var before = JsonSerializer.Serialize(await grain.Get());

        var noInvestigation = await Assert.ThrowsAsync<ComplaintGridException>(() =>
            grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Apology, null, "Sorry.")));
        var negative = await Assert.ThrowsAsync<ComplaintGridException>(() =>
            grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Refund, -5m, "Refund.")));
        var huge = await Assert.ThrowsAsync<ComplaintGridException>(() =>
            grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Compensation, 10_000_000m, "Compensate.")));
        var missing = await Assert.ThrowsAsync<ComplaintGridException>(() =>
            grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Discount, null, "Discount.")));
        var unknownDepartment = await Assert.ThrowsAsync<ComplaintGridException>(() =>
            grain.HandOff(new HandOffComplaint("lead-1", "marketing", "Not ours.")));

        Assert.Equal((ErrorCodes.TransitionGuard, "investigation"), (noInvestigation.Code, noInvestigation.Errors[0].Field));
        Assert.Equal((ErrorCodes.OutOfRange, "amount"), (negative.Code, negative.Errors[0].Field));
        Assert.Equal((ErrorCodes.OutOfRange, "amount"), (huge.Code, huge.Errors[0].Field));
        Assert.Equal((ErrorCodes.Required, "amount"), (missing.Code, missing.Errors[0].Field));
        Assert.Equal((ErrorCodes.UnknownDepartment, "toDepartmentId"), (unknownDepartment.Code, unknownDepartment.Errors[0].Field));
        Assert.Equal(before, JsonSerializer.Serialize(await grain.Get()));
    }
}
