namespace ComplaintGrid.Domain.Routing;

/// <summary>Answers which department handles a category and whether a department exists.</summary>
public sealed class RoutingTable
{
    private readonly Dictionary<string, DepartmentSettings> _departments;
    private readonly Dictionary<Category, string> _routes;

    public RoutingTable(RoutingOptions options)
    {
        Departments = options.Departments.ToArray();
        _departments = Departments.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _routes = new Dictionary<Category, string>(options.Routes);
    }

    public IReadOnlyList<DepartmentSettings> Departments { get; }

    public string DepartmentFor(Category category) => _routes[category];

    public bool IsKnown(string departmentId) => _departments.ContainsKey(departmentId);

    public string NameOf(string departmentId) =>
        _departments.TryGetValue(departmentId, out var d) ? d.Name : departmentId;
}
