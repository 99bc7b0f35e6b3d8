using System.Reflection;

namespace ComplaintGrid.Tests.Errors;

/// <summary>Integrations branch on the codes: each means one thing, and a code's text never changes.</summary>
public sealed class ErrorCodesTests
{
    private static readonly string[] Codes = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.Name != nameof(ErrorCodes.TransitionPrefix))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void EveryCode_IsDistinct()
    {
        Assert.Equal(Codes.Length, Codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void LifecycleCodes_StartWithTheTransitionPrefix_AndNoOtherCodeDoes()
    {
        Assert.Equal(
            [ErrorCodes.TransitionGuard, ErrorCodes.IllegalTransition],
            Codes.Where(c => c.StartsWith(ErrorCodes.TransitionPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(ErrorCodes.EightDRequired, "complaint.eight_d.required")]
    [InlineData(ErrorCodes.SamePersonApproval, "complaint.approval.same_person")]
    public void Code_KeepsItsPublishedText(string code, string published)
    {
        Assert.Equal(published, code);
    }
}
