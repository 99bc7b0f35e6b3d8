using System.ComponentModel.DataAnnotations;
using ComplaintGrid.Domain.Approval;

namespace ComplaintGrid.Tests.Domain.Approval;

public sealed class ApprovalPolicyTests
{
    private readonly ApprovalPolicy _policy = new(new ApprovalOptions());

    [Fact]
    public void CompensationThreshold_Default_Is500()
    {
        Assert.Equal(500m, _policy.CompensationThreshold);
    }

    [Theory]
    [InlineData(RemedyKind.Refund)]
    [InlineData(RemedyKind.Discount)]
    [InlineData(RemedyKind.Compensation)]
    public void RequiresApproval_MonetaryAboveThreshold_IsTrue(RemedyKind kind)
    {
        Assert.True(_policy.RequiresApproval(Severity.Low, kind, 500.01m));
    }

    [Theory]
    [InlineData(RemedyKind.Refund)]
    [InlineData(RemedyKind.Discount)]
    [InlineData(RemedyKind.Compensation)]
    public void RequiresApproval_MonetaryAtOrBelowThreshold_IsFalse(RemedyKind kind)
    {
        Assert.False(_policy.RequiresApproval(Severity.High, kind, 500m));
        Assert.False(_policy.RequiresApproval(Severity.High, kind, 0.01m));
    }

    [Theory]
    [InlineData(RemedyKind.Return)]
    [InlineData(RemedyKind.Exchange)]
    [InlineData(RemedyKind.Repair)]
    [InlineData(RemedyKind.Apology)]
    [InlineData(RemedyKind.Explanation)]
    public void RequiresApproval_NonMonetaryBelowCritical_IsFalse(RemedyKind kind)
    {
        Assert.False(_policy.RequiresApproval(Severity.High, kind, null));
        Assert.False(_policy.RequiresApproval(Severity.High, kind, 10_000m));
    }

    [Theory]
    [InlineData(RemedyKind.Apology, null)]
    [InlineData(RemedyKind.Compensation, 1.0)]
    public void RequiresApproval_CriticalPriority_IsTrue(RemedyKind kind, double? amount)
    {
        Assert.True(_policy.RequiresApproval(Severity.Critical, kind, (decimal?)amount));
    }

    [Fact]
    public void RequiresApproval_ConfiguredThreshold_IsUsed()
    {
        var policy = new ApprovalPolicy(new ApprovalOptions { CompensationThreshold = 50m });

        Assert.True(policy.RequiresApproval(Severity.Low, RemedyKind.Refund, 50.01m));
        Assert.False(policy.RequiresApproval(Severity.Low, RemedyKind.Refund, 50m));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000_001)]
    public void ApprovalOptions_ThresholdOutOfRange_FailsValidationNamingKey(int threshold)
    {
        var options = new ApprovalOptions { CompensationThreshold = threshold };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Equal("ComplaintGrid:Approval:CompensationThreshold must be between 0 and 1000000.", Assert.Single(results).ErrorMessage);
    }

    [Fact]
    public void ApprovalOptions_Default_PassesValidation()
    {
        var options = new ApprovalOptions();

        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), new List<ValidationResult>(), validateAllProperties: true));
    }
}
