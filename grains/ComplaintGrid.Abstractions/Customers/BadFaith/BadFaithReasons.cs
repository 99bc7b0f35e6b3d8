namespace ComplaintGrid;

/// <summary>The names of the reasons a bad-faith flag is raised with; integrations may branch on them.</summary>
public static class BadFaithReasons
{
    /// <summary>Compensation asked on many complaints: a claim pattern.</summary>
    public const string RepeatCompensation = "repeat-compensation";

    /// <summary>The same story told under several references: a claim pattern.</summary>
    public const string StoryReused = "story-reused";

    /// <summary>Other customers told nearly the same story.</summary>
    public const string StoryShared = "story-shared";

    /// <summary>Many complaints in the window; never a reason on its own.</summary>
    public const string Frequent = "frequent";

    /// <summary>Most assessed complaints were not upheld.</summary>
    public const string MostlyNotUpheld = "mostly-not-upheld";

    /// <summary>The money granted in the window is large.</summary>
    public const string RemedyTotal = "remedy-total";

    /// <summary>The reasons that are claim patterns: a flag needs one of them, so frequency, money or outcomes alone never raise it.</summary>
    public static readonly IReadOnlyList<string> Patterns = [RepeatCompensation, StoryReused];

    /// <summary>
    /// The reasons about money: a flag needs one of them too, since bad faith seeks money; a story told again without
    /// any money asked or granted is a customer with a recurring problem (an outage that hit them twice).
    /// </summary>
    public static readonly IReadOnlyList<string> Money = [RepeatCompensation, RemedyTotal];
}
