namespace ComplaintGrid;

/// <summary>How every door files a complaint: the intake names the id, the complaint grain files.</summary>
public static class ComplaintFiling
{
    /// <summary>
    /// Files <paramref name="command"/> and returns the complaint as it stands, its id included; filing again with the
    /// same customer and idempotency key returns the same complaint. The complaint's text travels only to the complaint
    /// grain, never through another grain, so no grain-to-grain message carries it.
    /// </summary>
    public static async Task<ComplaintView> FileComplaint(this IGrainFactory grains, FileComplaint command)
    {
        ArgumentNullException.ThrowIfNull(grains);
        CommandValidator.Validate(command);
        var id = await grains.GetGrain<IComplaintIntakeGrain>(0).IdFor(command.CustomerId, command.IdempotencyKey);
        return await grains.GetGrain<IComplaintGrain>(id).File(command);
    }
}
