namespace ComplaintGrid;

/// <summary>What the complaint is about.</summary>
[GenerateSerializer, Alias("cg.SubjectKind")]
public enum SubjectKind
{
    /// <summary>A product the customer bought.</summary>
    Product = 0,
    /// <summary>An order or its delivery.</summary>
    Order = 1,
    /// <summary>A service the customer received.</summary>
    Service = 2,
    /// <summary>The conduct of an employee.</summary>
    Employee = 3,
}
