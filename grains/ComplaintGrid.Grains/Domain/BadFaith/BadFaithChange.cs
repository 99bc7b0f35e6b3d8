namespace ComplaintGrid.Domain.BadFaith;

/// <summary>What an evaluation of the bad-faith rule changed.</summary>
public enum BadFaithChange
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>The flag was raised.</summary>
    Raised,

    /// <summary>The raised flag's reasons changed.</summary>
    Updated,
}
