namespace ComplaintGrid;

/// <summary>The cause of dissatisfaction (value, system or employee).</summary>
[GenerateSerializer, Alias("cg.Cause")]
public enum Cause
{
    /// <summary>Quality below expectation, not worth the price.</summary>
    Value = 0,
    /// <summary>Slow response, process, stock-outs, inflexible policy or place.</summary>
    System = 1,
    /// <summary>Conduct, knowledge or manner of staff.</summary>
    Employee = 2,
}
