namespace ComplaintGrid.Hosting;

/// <summary>The name of the grain storage provider every ComplaintGrid grain writes to.</summary>
public static class ComplaintGridStorage
{
    public const string Name = "complaintgrid";
}
