namespace ComplaintGrid;

/// <summary>How a closed complaint ended.</summary>
[GenerateSerializer, Alias("cg.CloseOutcome")]
public enum CloseOutcome
{
    /// <summary>Resolved to the customer's satisfaction and evaluated.</summary>
    Resolved = 0,
    /// <summary>Not upheld; the customer received an explanation.</summary>
    NotUpheld = 1,
    /// <summary>Merged into another complaint of the same customer (its primary), which carries on; reports leave it out.</summary>
    Duplicate = 2,
}
