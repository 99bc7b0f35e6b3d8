namespace ComplaintGrid.Domain.Routing;

/// <summary>
/// The departments and the routing table from category to department (configuration section
/// <c>ComplaintGrid:Routing</c>). When no departments are configured, <see cref="Standard"/> applies.
/// </summary>
public sealed class RoutingOptions
{
    public const string SectionName = "ComplaintGrid:Routing";

    /// <summary>The departments, in the order dashboards show them.</summary>
    public List<DepartmentSettings> Departments { get; set; } = [];

    /// <summary>Which department handles each category.</summary>
    public Dictionary<Category, string> Routes { get; set; } = [];

    /// <summary>The routing a contact centre starts from: docs/domain.md's examples plus a catch-all service desk.</summary>
    public static RoutingOptions Standard() => new()
    {
        Departments =
        [
            new() { Id = "customer-service", Name = "Customer Service" },
            new() { Id = "logistics", Name = "Logistics" },
            new() { Id = "quality-assurance", Name = "Quality Assurance" },
            new() { Id = "finance", Name = "Finance" },
            new() { Id = "policy", Name = "Policy & Compliance" },
        ],
        Routes = new()
        {
            [Category.ProductQuality] = "quality-assurance",
            [Category.Delivery] = "logistics",
            [Category.Billing] = "finance",
            [Category.ServiceConduct] = "customer-service",
            [Category.Policy] = "policy",
            [Category.Other] = "customer-service",
        },
    };

    /// <summary>Fills in the standard departments and routes when none are configured.</summary>
    public void ApplyStandardWhenEmpty()
    {
        if (Departments.Count == 0)
        {
            var standard = Standard();
            Departments = standard.Departments;
            if (Routes.Count == 0)
                Routes = standard.Routes;
        }
    }
}
