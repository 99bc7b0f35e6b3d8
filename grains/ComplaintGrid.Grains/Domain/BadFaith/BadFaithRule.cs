using System.Globalization;

namespace ComplaintGrid.Domain.BadFaith;

/// <summary>
/// The bad-faith scoring rule: each fact at or past its threshold is a named reason; the flag is raised when
/// <see cref="BadFaithOptions.ReasonsToRaise"/> reasons hold, one of them a claim pattern (compensation asked again and
/// again, or one story under several references) and one of them about money (compensation asked again, or a large
/// total granted). So frequency, money granted or outcomes alone, or together, never raise it: an honest customer with
/// many complaints and refunds is not a suspect; nor is one whose same problem (an outage) came back.
/// </summary>
public static class BadFaithRule
{
    /// <summary>The reasons that hold for <paramref name="facts"/>, in a stable order.</summary>
    public static IReadOnlyList<BadFaithReason> Reasons(BadFaithFacts facts, BadFaithOptions options)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        var days = options.Window.TotalDays.ToString("0", CultureInfo.InvariantCulture);
        var reasons = new List<BadFaithReason>();
        if (facts.CompensationAsked >= options.CompensationClaims)
            reasons.Add(Reason(BadFaithReasons.RepeatCompensation, $"compensation asked on {facts.CompensationAsked} complaints in {days} days", facts.CompensationAsked, options.CompensationClaims));
        if (facts.StoryReferences >= options.StoryReferences)
            reasons.Add(Reason(BadFaithReasons.StoryReused, $"the same story told under {facts.StoryReferences} references", facts.StoryReferences, options.StoryReferences));
        if (facts.OtherCustomers >= options.SharedStoryCustomers)
            reasons.Add(Reason(BadFaithReasons.StoryShared, $"{facts.OtherCustomers} other customer(s) told nearly the same story", facts.OtherCustomers, options.SharedStoryCustomers));
        if (facts.Complaints >= options.FrequentComplaints)
            reasons.Add(Reason(BadFaithReasons.Frequent, $"{facts.Complaints} complaints in {days} days", facts.Complaints, options.FrequentComplaints));
        if (facts.Assessed >= options.NotUpheldMinimum && (double)facts.NotUpheld / facts.Assessed >= options.NotUpheldShare)
        {
            var share = (double)facts.NotUpheld / facts.Assessed;
            reasons.Add(Reason(BadFaithReasons.MostlyNotUpheld, $"{facts.NotUpheld} of {facts.Assessed} assessed complaints not upheld", share, options.NotUpheldShare));
        }
        if (facts.MoneyGranted >= options.RemedyTotal)
            reasons.Add(Reason(BadFaithReasons.RemedyTotal, $"{facts.MoneyGranted.ToString("0.##", CultureInfo.InvariantCulture)} granted on {facts.Remedies} complaint(s) in {days} days", (double)facts.MoneyGranted, (double)options.RemedyTotal));
        return reasons;
    }

    /// <summary>Whether <paramref name="reasons"/> raise the flag: enough of them, one a claim pattern, one about money.</summary>
    public static bool Raises(IReadOnlyList<BadFaithReason> reasons, BadFaithOptions options)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        ArgumentNullException.ThrowIfNull(options);
        return reasons.Count >= options.ReasonsToRaise
            && reasons.Any(r => BadFaithReasons.Patterns.Contains(r.Name))
            && reasons.Any(r => BadFaithReasons.Money.Contains(r.Name));
    }

    /// <summary>
    /// Whether the facts are new since a supervisor cleared the flag: a reason that did not hold then, or one whose value
    /// grew. The same facts never raise a cleared flag again.
    /// </summary>
    public static bool NewSince(IReadOnlyList<BadFaithReason> reasons, IReadOnlyDictionary<string, double> atClearance)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        ArgumentNullException.ThrowIfNull(atClearance);
        return reasons.Any(r => !atClearance.TryGetValue(r.Name, out var then) || r.Value > then);
    }

    private static BadFaithReason Reason(string name, string fact, double value, double threshold) => new(name, fact, value, threshold);
}
