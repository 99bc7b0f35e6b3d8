using System.ComponentModel.DataAnnotations;
using ComplaintGrid.Domain.BadFaith;

namespace ComplaintGrid.Tests.Domain.BadFaith;

public sealed class BadFaithRuleTests
{
    private static readonly BadFaithOptions Options = new();

    private static BadFaithFacts Facts(int complaints = 1, int compensation = 0, int references = 1, int others = 0, int assessed = 0,
        int notUpheld = 0, decimal money = 0, int remedies = 0) =>
        new(complaints, compensation, references, others, assessed, notUpheld, money, remedies);

    private static string[] Names(BadFaithFacts facts) => BadFaithRule.Reasons(facts, Options).Select(r => r.Name).ToArray();

    [Fact]
    public void Reasons_OrdinaryCustomer_None()
    {
        Assert.Empty(BadFaithRule.Reasons(Facts(), Options));
    }

    [Theory]
    [InlineData(BadFaithReasons.RepeatCompensation)]
    [InlineData(BadFaithReasons.StoryReused)]
    [InlineData(BadFaithReasons.StoryShared)]
    [InlineData(BadFaithReasons.Frequent)]
    [InlineData(BadFaithReasons.MostlyNotUpheld)]
    [InlineData(BadFaithReasons.RemedyTotal)]
    public void Reasons_EachFactAtItsThreshold_NamesItWithFactAndThreshold(string name)
    {
        var facts = name switch
        {
            BadFaithReasons.RepeatCompensation => Facts(compensation: 2),
            BadFaithReasons.StoryReused => Facts(references: 2),
            BadFaithReasons.StoryShared => Facts(others: 1),
            BadFaithReasons.Frequent => Facts(complaints: 4),
            BadFaithReasons.MostlyNotUpheld => Facts(assessed: 4, notUpheld: 2),
            _ => Facts(money: 1000, remedies: 2),
        };

        var reason = Assert.Single(BadFaithRule.Reasons(facts, Options));

        Assert.Equal(name, reason.Name);
        Assert.False(string.IsNullOrWhiteSpace(reason.Fact));
        Assert.True(reason.Value >= reason.Threshold);
    }

    [Fact]
    public void Reasons_JustBelowEachThreshold_None()
    {
        Assert.Empty(BadFaithRule.Reasons(Facts(complaints: 3, compensation: 1, references: 1, others: 0, assessed: 2, notUpheld: 2, money: 999.99m), Options));
        // Many refusals count only once enough complaints were assessed.
        Assert.Empty(BadFaithRule.Reasons(Facts(assessed: 3, notUpheld: 1), Options));
    }

    [Fact]
    public void Reasons_RepeatCompensation_TellsTheFact()
    {
        var reason = Assert.Single(BadFaithRule.Reasons(Facts(compensation: 3), Options));

        Assert.Equal("compensation asked on 3 complaints in 90 days", reason.Fact);
        Assert.Equal(3, reason.Value);
        Assert.Equal(2, reason.Threshold);
    }

    [Fact]
    public void Raises_FrequencyAlone_DoesNot()
    {
        var reasons = BadFaithRule.Reasons(Facts(complaints: 40), Options);

        Assert.Equal([BadFaithReasons.Frequent], reasons.Select(r => r.Name));
        Assert.False(BadFaithRule.Raises(reasons, Options));
    }

    [Fact]
    public void Raises_FrequencyMoneyAndRefusalsWithoutAClaimPattern_DoesNot()
    {
        // The honest frequent complainant: many complaints, many refunds, often not upheld; never the same claim again.
        var reasons = BadFaithRule.Reasons(Facts(complaints: 40, assessed: 30, notUpheld: 20, money: 9_000, remedies: 12), Options);

        Assert.Equal(3, reasons.Count);
        Assert.False(BadFaithRule.Raises(reasons, Options));
    }

    [Fact]
    public void Raises_OneClaimPatternAlone_DoesNot()
    {
        Assert.False(BadFaithRule.Raises(BadFaithRule.Reasons(Facts(compensation: 5), Options), Options));
        Assert.False(BadFaithRule.Raises(BadFaithRule.Reasons(Facts(references: 5), Options), Options));
    }

    [Theory]
    [InlineData(BadFaithReasons.StoryReused)]
    [InlineData(BadFaithReasons.StoryShared)]
    [InlineData(BadFaithReasons.Frequent)]
    [InlineData(BadFaithReasons.MostlyNotUpheld)]
    [InlineData(BadFaithReasons.RemedyTotal)]
    public void Raises_RepeatCompensationWithAnyOtherReason_Does(string other)
    {
        var facts = other switch
        {
            BadFaithReasons.StoryReused => Facts(compensation: 2, references: 2),
            BadFaithReasons.StoryShared => Facts(compensation: 2, others: 1),
            BadFaithReasons.Frequent => Facts(compensation: 2, complaints: 4),
            BadFaithReasons.MostlyNotUpheld => Facts(compensation: 2, assessed: 3, notUpheld: 2),
            _ => Facts(compensation: 2, money: 1500, remedies: 2),
        };

        var reasons = BadFaithRule.Reasons(facts, Options);

        Assert.Equal([BadFaithReasons.RepeatCompensation, other], reasons.Select(r => r.Name));
        Assert.True(BadFaithRule.Raises(reasons, Options));
    }

    [Fact]
    public void Raises_StoryReusedWithoutMoney_DoesNot()
    {
        // The same outage story from a frequent customer, told by many: a recurring problem, no claim for money.
        var reasons = BadFaithRule.Reasons(Facts(references: 3, others: 20, complaints: 12), Options);

        Assert.Equal([BadFaithReasons.StoryReused, BadFaithReasons.StoryShared, BadFaithReasons.Frequent], reasons.Select(r => r.Name));
        Assert.False(BadFaithRule.Raises(reasons, Options));
    }

    [Fact]
    public void Raises_StoryReusedWithLargeMoneyGranted_Does()
    {
        Assert.Equal([BadFaithReasons.StoryReused, BadFaithReasons.RemedyTotal], Names(Facts(references: 3, money: 2500, remedies: 3)));
        Assert.True(BadFaithRule.Raises(BadFaithRule.Reasons(Facts(references: 3, money: 2500, remedies: 3), Options), Options));
    }

    [Fact]
    public void NewSince_SameFactsAsAtClearance_False_GrownOrNewReason_True()
    {
        var reasons = BadFaithRule.Reasons(Facts(compensation: 2, references: 2), Options);
        var atClearance = reasons.ToDictionary(r => r.Name, r => r.Value);

        Assert.False(BadFaithRule.NewSince(reasons, atClearance));
        Assert.True(BadFaithRule.NewSince(BadFaithRule.Reasons(Facts(compensation: 3, references: 2), Options), atClearance));
        Assert.True(BadFaithRule.NewSince(BadFaithRule.Reasons(Facts(compensation: 2, references: 2, others: 1), Options), atClearance));
    }

    [Fact]
    public void Options_Defaults_AreValid_AndABadValueNamesItsKey()
    {
        Assert.Empty(Validate(new BadFaithOptions()));

        var errors = Validate(new BadFaithOptions { StorySimilarity = 0.1, CompensationClaims = 1 });

        Assert.Contains("ComplaintGrid:BadFaith:StorySimilarity must be between 0.3 and 1.", errors);
        Assert.Contains("ComplaintGrid:BadFaith:CompensationClaims must be between 2 and 1000.", errors);
    }

    private static List<string?> Validate(BadFaithOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage).ToList();
    }
}
