using ComplaintGrid.Domain.Routing;

namespace ComplaintGrid.Tests.Domain.Routing;

public sealed class RoutingTableTests
{
    private readonly RoutingTable _table = new(RoutingOptions.Standard());

    [Fact]
    public void DepartmentFor_EveryCategory_IsAKnownDepartment()
    {
        Assert.All(Enum.GetValues<Category>(), c => Assert.True(_table.IsKnown(_table.DepartmentFor(c))));
        Assert.Equal("logistics", _table.DepartmentFor(Category.Delivery));
    }

    [Theory]
    [InlineData("logistics", true)]
    [InlineData("finance", true)]
    [InlineData("Logistics", false)]
    [InlineData("warehouse", false)]
    [InlineData("", false)]
    public void IsKnown_DepartmentId_MatchesConfiguredIdsExactly(string id, bool known)
    {
        Assert.Equal(known, _table.IsKnown(id));
    }

    [Fact]
    public void NameOf_KnownDepartment_ReturnsConfiguredName()
    {
        Assert.Equal("Policy & Compliance", _table.NameOf("policy"));
        Assert.Equal("Quality Assurance", _table.NameOf("quality-assurance"));
    }

    [Fact]
    public void NameOf_UnknownDepartment_ReturnsId()
    {
        Assert.Equal("warehouse", _table.NameOf("warehouse"));
    }

    [Fact]
    public void Departments_KeepConfiguredOrder()
    {
        Assert.Equal(RoutingOptions.Standard().Departments.Select(d => d.Id), _table.Departments.Select(d => d.Id));
    }

    [Fact]
    public void Constructor_OptionsChangedLater_TableKeepsItsCopy()
    {
        var options = RoutingOptions.Standard();
        var table = new RoutingTable(options);

        options.Routes[Category.Delivery] = "finance";
        options.Departments.Clear();

        Assert.Equal("logistics", table.DepartmentFor(Category.Delivery));
        Assert.Equal(5, table.Departments.Count);
    }

    [Fact]
    public void Constructor_CustomOptions_RoutesByThem()
    {
        var table = new RoutingTable(new RoutingOptions
        {
            Departments = [new() { Id = "desk", Name = "Service Desk" }],
            Routes = Enum.GetValues<Category>().ToDictionary(c => c, _ => "desk"),
        });

        Assert.Equal("desk", table.DepartmentFor(Category.Billing));
        Assert.Equal("Service Desk", table.NameOf("desk"));
        Assert.False(table.IsKnown("finance"));
    }
}
