using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Domain.BadFaith;

/// <summary>
/// The thresholds of the bad-faith pattern flag (configuration section <c>ComplaintGrid:BadFaith</c>). Defaults follow
/// the domain's practice: about 1 to 1.5 % of complainants act in bad faith, by claiming compensation again and again
/// and by telling one story under many references; an honest frequent complainant must not look like them.
/// </summary>
public sealed class BadFaithOptions : IValidatableObject
{
    public const string SectionName = "ComplaintGrid:BadFaith";

    /// <summary>How far back the facts are counted.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "ComplaintGrid:BadFaith:Window must be between 1.00:00:00 and 3650.00:00:00.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Complaints asking compensation in the window (<c>repeat-compensation</c>): one claim is ordinary, a second is a pattern.</summary>
    [Range(2, 1000, ErrorMessage = "ComplaintGrid:BadFaith:CompensationClaims must be between 2 and 1000.")]
    public int CompensationClaims { get; set; } = 2;

    /// <summary>Distinct references one near-identical story is told under (<c>story-reused</c>).</summary>
    [Range(2, 1000, ErrorMessage = "ComplaintGrid:BadFaith:StoryReferences must be between 2 and 1000.")]
    public int StoryReferences { get; set; } = 2;

    /// <summary>Two descriptions at or above this similarity (Jaccard of three-word runs) tell the same story.</summary>
    [Range(0.3, 1.0, ErrorMessage = "ComplaintGrid:BadFaith:StorySimilarity must be between 0.3 and 1.")]
    public double StorySimilarity { get; set; } = 0.8;

    /// <summary>
    /// Descriptions with fewer distinct three-word runs (about a dozen words) are not compared: "my parcel is late" is
    /// told by thousands of honest customers, a story is told in detail.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "ComplaintGrid:BadFaith:MinStoryShingles must be between 1 and 1000.")]
    public int MinStoryShingles { get; set; } = 10;

    /// <summary>Other customers who told nearly the same story (<c>story-shared</c>).</summary>
    [Range(1, 1000, ErrorMessage = "ComplaintGrid:BadFaith:SharedStoryCustomers must be between 1 and 1000.")]
    public int SharedStoryCustomers { get; set; } = 1;

    /// <summary>Complaints in the window (<c>frequent</c>); never a reason alone.</summary>
    [Range(2, 100_000, ErrorMessage = "ComplaintGrid:BadFaith:FrequentComplaints must be between 2 and 100000.")]
    public int FrequentComplaints { get; set; } = 4;

    /// <summary>Share of assessed complaints not upheld (<c>mostly-not-upheld</c>).</summary>
    [Range(0.01, 1.0, ErrorMessage = "ComplaintGrid:BadFaith:NotUpheldShare must be between 0.01 and 1.")]
    public double NotUpheldShare { get; set; } = 0.5;

    /// <summary>Assessed complaints needed before the share not upheld counts: one refusal is no pattern.</summary>
    [Range(1, 1000, ErrorMessage = "ComplaintGrid:BadFaith:NotUpheldMinimum must be between 1 and 1000.")]
    public int NotUpheldMinimum { get; set; } = 3;

    /// <summary>Money granted in the window (refunds, discounts, compensation being paid or paid) (<c>remedy-total</c>).</summary>
    [Range(typeof(decimal), "1", "100000000", ErrorMessage = "ComplaintGrid:BadFaith:RemedyTotal must be between 1 and 100000000.")]
    public decimal RemedyTotal { get; set; } = 1000m;

    /// <summary>Reasons needed to raise the flag, one of them a claim pattern (<see cref="BadFaithReasons.Patterns"/>).</summary>
    [Range(2, 6, ErrorMessage = "ComplaintGrid:BadFaith:ReasonsToRaise must be between 2 and 6.")]
    public int ReasonsToRaise { get; set; } = 2;

    /// <summary>Recent stories each band of the story index remembers; older ones are forgotten first.</summary>
    [Range(16, 100_000, ErrorMessage = "ComplaintGrid:BadFaith:IndexCapacity must be between 16 and 100000.")]
    public int IndexCapacity { get; set; } = 512;

    /// <summary>Story links a customer keeps, newest first.</summary>
    [Range(1, 1000, ErrorMessage = "ComplaintGrid:BadFaith:MaxLinks must be between 1 and 1000.")]
    public int MaxLinks { get; set; } = 20;

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Two reasons from the same fact family would let one fact raise the flag; the rule's pairing needs at least two.
        if (ReasonsToRaise < 2)
            yield return new ValidationResult("ComplaintGrid:BadFaith:ReasonsToRaise must be at least 2.", [nameof(ReasonsToRaise)]);
    }
}
