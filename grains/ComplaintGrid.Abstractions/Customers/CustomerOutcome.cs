namespace ComplaintGrid;

/// <summary>What a customer did in the end: the label a churn model is fitted to.</summary>
public enum CustomerOutcome
{
    /// <summary>Kept their business.</summary>
    Stayed,

    /// <summary>Took their business elsewhere.</summary>
    Left,

    /// <summary>Stayed on a smaller plan or spend: counted as churn when a model is fitted.</summary>
    Downgraded,
}
