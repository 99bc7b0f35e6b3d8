using System.Text.Json;
using ComplaintGrid.Domain.Churn;
using Microsoft.Extensions.Time.Testing;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Churn;

public sealed class CustomerOutcomeTests
{
    private readonly FakeTimeProvider _time = NewTime();
    private readonly CustomerState _state = new();
    private ChurnWeights _model = ChurnWeights.HandSet;
    private readonly CustomerHistory _history;

    public CustomerOutcomeTests() => _history = new CustomerHistory(_state, () => _model);

    private DateTimeOffset Now => _time.GetUtcNow();

    private void FileOne() => _history.Apply(new ComplaintDriver(_time, Filing()).File(), Now);

    [Fact]
    public void RecordOutcome_CustomerWithNoComplaints_IsRefusedNamingCustomerIdAndRecordsNothing()
    {
        var ex = Assert.Throws<ComplaintGridException>(() => _history.RecordOutcome(CustomerId, new RecordCustomerOutcome(CustomerOutcome.Left), Now));

        Assert.Equal((ErrorCodes.UnknownCustomer, "customerId"), (ex.Errors[0].Code, ex.Errors[0].Field));
        Assert.Empty(_state.Outcomes);
    }

    [Fact]
    public void RecordOutcome_UnknownValue_IsRefusedNamingOutcomeAndListingTheValues()
    {
        FileOne();

        var ex = Assert.Throws<ComplaintGridException>(() => _history.RecordOutcome(CustomerId, new RecordCustomerOutcome((CustomerOutcome)7), Now));

        Assert.Equal((ErrorCodes.UnknownValue, "outcome"), (ex.Errors[0].Code, ex.Errors[0].Field));
        Assert.Contains("Stayed, Left, Downgraded", ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.Empty(_state.Outcomes);
    }

    [Fact]
    public void RecordOutcome_InTheFuture_IsRefusedNamingAt()
    {
        FileOne();

        var ex = Assert.Throws<ComplaintGridException>(() => _history.RecordOutcome(CustomerId, new RecordCustomerOutcome(CustomerOutcome.Left, Now.AddMinutes(1)), Now));

        Assert.Equal((ErrorCodes.OutOfRange, "at"), (ex.Errors[0].Code, ex.Errors[0].Field));
        Assert.Empty(_state.Outcomes);
    }

    [Fact]
    public void RecordOutcome_KnownCustomer_KeepsTheFeaturesAndScoreAsTheyStandNow()
    {
        FileOne();
        _time.Advance(TimeSpan.FromDays(3));
        var features = _history.Features(Now);

        var (record, added) = _history.RecordOutcome(CustomerId, new RecordCustomerOutcome(CustomerOutcome.Downgraded, Now.AddDays(-1)), Now);

        Assert.True(added);
        Assert.Equal((CustomerId, CustomerOutcome.Downgraded, Now.AddDays(-1), Now), (record.CustomerId, record.Outcome, record.At, record.RecordedAt));
        Assert.True(record.Churned);
        Assert.Equal(ChurnModel.FeatureValues(features), record.Features);
        Assert.Equal(1, record.Features["recentComplaints"]);
        Assert.Equal((ChurnModel.ScoreOf(features), ChurnModel.Version), (record.ScoreAtRecording, record.ModelVersion));
        Assert.Equal(record, Assert.Single(_state.Outcomes));
    }

    [Fact]
    public void RecordOutcome_WithoutAt_IsAtNow()
    {
        FileOne();

        var (record, _) = _history.RecordOutcome(CustomerId, new RecordCustomerOutcome(CustomerOutcome.Stayed), Now);

        Assert.Equal(Now, record.At);
        Assert.False(record.Churned);
    }

    [Fact]
    public void RecordOutcome_RepeatOfTheLast_AnswersTheRecordedOneAndChangesNothing()
    {
        FileOne();
        var at = Now;
        var (first, _) = _history.RecordOutcome(CustomerId, new RecordCustomerOutcome(CustomerOutcome.Left, at), Now);
        var before = JsonSerializer.Serialize(_state);
        _time.Advance(TimeSpan.FromHours(1));

        var (again, added) = _history.RecordOutcome(CustomerId, new RecordCustomerOutcome(CustomerOutcome.Left, at), Now);

        Assert.False(added);
        Assert.Same(first, again);
        Assert.Equal(before, JsonSerializer.Serialize(_state));
    }

    [Fact]
    public void ToView_AfterAFittedModelIsAdopted_ScoresWithItAndCarriesItsVersion()
    {
        FileOne();
        var handSet = _history.ToView(CustomerId, Now).Risk;

        _model = new ChurnWeights("churn-v2", -1, [.. ChurnModel.Factors.Select(_ => 0.0)]);
        var fitted = _history.ToView(CustomerId, Now).Risk;

        Assert.Equal("churn-v1", handSet.ModelVersion);
        Assert.Equal(("churn-v2", 26.9), (fitted.ModelVersion, fitted.Score));
        Assert.Empty(fitted.TopFactors);
    }
}
