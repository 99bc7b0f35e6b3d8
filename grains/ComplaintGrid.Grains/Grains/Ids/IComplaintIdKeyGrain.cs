namespace ComplaintGrid.Grains.Ids;

/// <summary>
/// The deployment's secret for complaint ids (key 0), kept in grain storage beside the complaints so every silo of
/// the deployment shares it and it outlives restarts. Silo-side only: callers file and read ids from the answers.
/// </summary>
[Alias("cg.IComplaintIdKeyGrain")]
internal interface IComplaintIdKeyGrain : IGrainWithIntegerKey
{
    /// <summary>The secret, created and stored on the first call.</summary>
    [Alias("Get")]
    Task<byte[]> Get();
}
