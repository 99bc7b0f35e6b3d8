namespace ComplaintGrid.Grains.BadFaith;

/// <summary>The flagged list as customer views update it (same grain and key as <see cref="IFlaggedCustomersGrain"/>).</summary>
[Alias("cg.IFlaggedCustomersRegister")]
internal interface IFlaggedCustomersRegister : IGrainWithIntegerKey
{
    /// <summary>The customer's flag is raised, or its reasons changed.</summary>
    [Alias("Raised")]
    Task Raised(FlaggedCustomer row);

    /// <summary>The customer's flag was cleared.</summary>
    [Alias("Cleared")]
    Task Cleared(string customerId);
}
