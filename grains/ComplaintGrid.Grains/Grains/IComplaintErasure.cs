namespace ComplaintGrid.Grains;

/// <summary>
/// The complaint grain as its customer calls it (same grain and key as <see cref="IComplaintGrain"/>) to erase its
/// personal texts when the customer asks (<see cref="ICustomerGrain.ErasePersonalData"/>).
/// </summary>
[Alias("cg.IComplaintErasure")]
internal interface IComplaintErasure : IGrainWithStringKey
{
    /// <summary>
    /// Erases the complaint's personal texts and records the erasure as an event delivered to every view; true when
    /// anything was erased, false when an earlier erasure left nothing to do.
    /// </summary>
    [Alias("ErasePersonalData")]
    Task<bool> ErasePersonalData(ErasePersonalData command);
}
