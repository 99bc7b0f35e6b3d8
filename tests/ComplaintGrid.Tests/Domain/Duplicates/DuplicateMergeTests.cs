using ComplaintGrid.Domain.Duplicates;

namespace ComplaintGrid.Tests.Domain.Duplicates;

public sealed class DuplicateMergeTests
{
    private static readonly DateTimeOffset Filed = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static ComplaintSummary Summary(string id, string customer = "cust-1", ComplaintStatus status = ComplaintStatus.Acknowledged,
        CloseOutcome? outcome = null, string? duplicateOf = null) =>
        new(id, customer, "logistics", status, outcome, Severity.High, Severity.High, Category.Delivery, SubjectKind.Order, "ORD-1", null,
            Filed, null, null, null, null, null, EscalationLevel.None, EscalationLevel.None, EscalationLevel.None, EscalationLevel.None,
            0, 0, 0, false, null, null, null, DuplicateOf: duplicateOf);

    [Fact]
    public void Open_complaints_of_the_same_customer_are_closed()
    {
        var toClose = DuplicateMerge.Check(Summary("CMP-A"), ["CMP-B", "CMP-C"], [Summary("CMP-B"), Summary("CMP-C")]);

        Assert.Equal(["CMP-B", "CMP-C"], toClose);
    }

    [Fact]
    public void Every_broken_rule_is_named_on_duplicates_and_nothing_is_returned()
    {
        var error = Assert.Throws<ComplaintGridException>(() => DuplicateMerge.Check(Summary("CMP-A"),
            ["CMP-B", "CMP-X", "CMP-A", "CMP-D"],
            [Summary("CMP-B", customer: "cust-2"), null, null, Summary("CMP-D", status: ComplaintStatus.Closed, outcome: CloseOutcome.Resolved)]));

        Assert.All(error.Errors, e => Assert.Equal("duplicates", e.Field));
        Assert.Equal(
            [ErrorCodes.DuplicateOtherCustomer, ErrorCodes.DuplicateUnknown, ErrorCodes.DuplicateIsPrimary, ErrorCodes.DuplicateClosed],
            error.Errors.Select(e => e.Code));
        Assert.Contains("same customer", error.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_already_merged_into_this_primary_is_left_as_it_is()
    {
        var merged = Summary("CMP-B", status: ComplaintStatus.Closed, outcome: CloseOutcome.Duplicate, duplicateOf: "CMP-A");

        Assert.Empty(DuplicateMerge.Check(Summary("CMP-A"), ["CMP-B"], [merged]));
    }

    [Fact]
    public void A_closed_primary_takes_no_duplicates()
    {
        var error = Assert.Throws<ComplaintGridException>(() =>
            DuplicateMerge.Check(Summary("CMP-A", status: ComplaintStatus.Closed, outcome: CloseOutcome.Resolved), ["CMP-B"], [Summary("CMP-B")]));

        Assert.Equal(ErrorCodes.TransitionGuard, error.Code);
    }

    [Fact]
    public void A_merge_naming_no_complaint_or_one_twice_is_refused_on_duplicates()
    {
        var none = Assert.Throws<ComplaintGridException>(() => CommandValidator.Validate(new MergeDuplicates("lead-ben", [])));
        var twice = Assert.Throws<ComplaintGridException>(() => CommandValidator.Validate(new MergeDuplicates("lead-ben", ["CMP-0123456789ABC", "CMP-0123456789ABC"])));

        Assert.Equal(("duplicates", ErrorCodes.Required), (none.Errors[0].Field, none.Code));
        Assert.Equal(("duplicates", ErrorCodes.NotAllowed), (twice.Errors[0].Field, twice.Code));
    }
}
