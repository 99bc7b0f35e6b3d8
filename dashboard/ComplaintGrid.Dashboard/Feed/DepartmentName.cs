namespace ComplaintGrid.Dashboard.Feed;

/// <summary>A department's id and display name.</summary>
public sealed record DepartmentName(string DepartmentId, string Name);
