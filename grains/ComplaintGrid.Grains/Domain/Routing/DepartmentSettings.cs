namespace ComplaintGrid.Domain.Routing;

/// <summary>One department as configured.</summary>
public sealed class DepartmentSettings
{
    /// <summary>Stable id used in URLs and routing, such as <c>logistics</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Name shown to people.</summary>
    public string Name { get; set; } = "";
}
