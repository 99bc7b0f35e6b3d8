using System.Runtime.CompilerServices;
using ComplaintGrid.Grains.Ids;

namespace ComplaintGrid.Benchmarks;

/// <summary>
/// The id a benchmark silo gives a filing, read with that silo's own secret (only a benchmark or test may), so a
/// lifecycle addresses its complaint grain from the first step on, as the measurements always have.
/// </summary>
internal static class BenchComplaintIds
{
    private static readonly ConditionalWeakTable<IGrainFactory, Task<byte[]>> Secrets = [];

    public static async Task<string> For(IGrainFactory grains, FileComplaint filing)
    {
        var secret = await Secrets.GetValue(grains, g => g.GetGrain<IComplaintIdKeyGrain>(0).Get());
        return ComplaintIds.For(filing.CustomerId, filing.IdempotencyKey, secret);
    }
}
