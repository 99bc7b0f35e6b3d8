namespace ComplaintGrid;

/// <summary>The kind of problem, which decides the responsible department.</summary>
[GenerateSerializer, Alias("cg.Category")]
public enum Category
{
    /// <summary>Quality below what was promised or expected.</summary>
    ProductQuality = 0,
    /// <summary>Late, lost or damaged delivery.</summary>
    Delivery = 1,
    /// <summary>Wrong charges, invoices or refunds.</summary>
    Billing = 2,
    /// <summary>How staff treated the customer.</summary>
    ServiceConduct = 3,
    /// <summary>A rule or policy the customer objects to.</summary>
    Policy = 4,
    /// <summary>Anything else.</summary>
    Other = 5,
}
