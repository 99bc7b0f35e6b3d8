using ComplaintGrid.Client;

namespace ComplaintGrid.TestSupport.Cluster;

/// <summary>Reads acknowledged complaints back after a fault (shared by the fault tests and the failover benchmark).</summary>
public static class ClusterReadBack
{
    /// <summary>Reads every acknowledged complaint back; returns the complaints and how many could not be read.</summary>
    public static async Task<(IReadOnlyList<ComplaintView> Complaints, int Lost)> ReadBack(ComplaintGridClient client, IEnumerable<string> ids)
    {
        var complaints = new List<ComplaintView>();
        var lost = 0;
        foreach (var id in ids)
        {
            try
            {
                var view = await client.Get(id);
                if (view.Timeline.Count == 0 || view.Timeline[0].Kind != ComplaintEventKind.Filed)
                    lost++;
                else
                    complaints.Add(view);
            }
            catch (ComplaintGridException ex) when (ex.Code == ErrorCodes.NotFound)
            {
                lost++;
            }
        }
        return (complaints, lost);
    }
}
