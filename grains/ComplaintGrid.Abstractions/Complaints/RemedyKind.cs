namespace ComplaintGrid;

/// <summary>The remedy proposed to the customer.</summary>
[GenerateSerializer, Alias("cg.RemedyKind")]
public enum RemedyKind
{
    /// <summary>Money back (amount required).</summary>
    Refund = 0,
    /// <summary>Take the goods back.</summary>
    Return = 1,
    /// <summary>Replace the goods.</summary>
    Exchange = 2,
    /// <summary>Repair the goods.</summary>
    Repair = 3,
    /// <summary>A price reduction (amount required).</summary>
    Discount = 4,
    /// <summary>Compensation for a loss (amount required).</summary>
    Compensation = 5,
    /// <summary>A formal apology.</summary>
    Apology = 6,
    /// <summary>An explanation of what happened.</summary>
    Explanation = 7,
}
