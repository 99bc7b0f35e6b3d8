namespace ComplaintGrid.Tests.Domain.Validation;

public sealed class RuleCheckTests
{
    [Fact]
    public void ThrowIfAny_NoFailures_DoesNotThrow()
    {
        var check = new RuleCheck().Identifier("actor", "agent-1").RequiredText("message", "Hi").Amount("amount", 1m);

        Assert.Empty(check.Errors);
        check.ThrowIfAny();
    }

    [Fact]
    public void Fail_Chained_KeepsErrorsInOrder()
    {
        var check = new RuleCheck().Fail("a.code", "first", "First.").Fail("b.code", "second", "Second.");

        Assert.Equal([new ComplaintGridError("a.code", "first", "First."), new ComplaintGridError("b.code", "second", "Second.")], check.Errors);
        var error = Assert.Throws<ComplaintGridException>(check.ThrowIfAny);
        Assert.Equal("a.code", error.Code);
        Assert.Equal("first: First. (a.code); second: Second. (b.code)", error.Message);
    }

    [Fact]
    public void Identifier_SeveralProblems_ReportsOnlyTheFirst()
    {
        var check = new RuleCheck().Identifier("customerId", new string(' ', 3) + new string('x', 70));

        var error = Assert.Single(check.Errors);
        Assert.Equal(ErrorCodes.TooLong, error.Code);
        Assert.Equal("customerId must be at most 64 characters (got 73).", error.Message);
    }

    [Fact]
    public void OptionalText_Null_IsAccepted()
    {
        Assert.Empty(new RuleCheck().OptionalText("note", null).Errors);
    }

    [Theory]
    [InlineData("0", "amount must be greater than 0.")]
    [InlineData("1000000.01", "amount must be at most 1000000.")]
    [InlineData("1.001", "amount must have at most 2 decimal places.")]
    public void Amount_OutOfRule_ExplainsTheRule(string amount, string message)
    {
        var error = Assert.Single(new RuleCheck().Amount("amount", decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).Errors);

        Assert.Equal(new ComplaintGridError(ErrorCodes.OutOfRange, "amount", message), error);
    }

    [Fact]
    public void Exception_SingleError_MessageNamesFieldAndCode()
    {
        var error = new ComplaintGridException(ErrorCodes.Required, "actor", "actor is required.");

        Assert.Equal("actor: actor is required. (field.required)", error.Message);
        Assert.False(error.IsLifecycleError);
    }

    [Fact]
    public void Exception_NoErrors_HasUnknownCode()
    {
        Assert.Equal(ErrorCodes.Unknown, new ComplaintGridException([]).Code);
    }

    [Fact]
    public void OptionalText_HalfASurrogatePair_IsInvalidText()
    {
        // Built in code: attribute arguments cannot carry half a surrogate pair.
        string[] texts = ["lone \uD800 high", "lone \uDC00 low", "swapped \uDE00\uD83D", "ends on half \uD83D"];

        Assert.All(texts, text =>
        {
            var error = Assert.Single(new RuleCheck().OptionalText("message", text).Errors);
            Assert.Equal((ErrorCodes.InvalidText, "message"), (error.Code, error.Field));
        });
    }

    [Fact]
    public void OptionalText_WholeSurrogatePairs_AreText() =>
        Assert.Empty(new RuleCheck().OptionalText("message", "Thanks 😀👩‍👩‍👧").Errors);
}
