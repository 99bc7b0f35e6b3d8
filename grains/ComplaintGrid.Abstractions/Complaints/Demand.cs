namespace ComplaintGrid;

/// <summary>What the customer says they want.</summary>
[GenerateSerializer, Alias("cg.Demand")]
public enum Demand
{
    /// <summary>Money back.</summary>
    Refund = 0,
    /// <summary>To return the goods.</summary>
    Return = 1,
    /// <summary>A replacement.</summary>
    Exchange = 2,
    /// <summary>A repair.</summary>
    Repair = 3,
    /// <summary>A price reduction.</summary>
    Discount = 4,
    /// <summary>Compensation for a loss.</summary>
    Compensation = 5,
    /// <summary>An apology.</summary>
    Apology = 6,
    /// <summary>An explanation.</summary>
    Explanation = 7,
    /// <summary>Anything else.</summary>
    Other = 8,
}
