using ComplaintGrid.Domain.Routing;

namespace ComplaintGrid.Tests.Domain.Routing;

public sealed class RoutingOptionsTests
{
    [Theory]
    [InlineData(Category.ProductQuality, "quality-assurance")]
    [InlineData(Category.Delivery, "logistics")]
    [InlineData(Category.Billing, "finance")]
    [InlineData(Category.ServiceConduct, "customer-service")]
    [InlineData(Category.Policy, "policy")]
    [InlineData(Category.Other, "customer-service")]
    public void Standard_EachCategory_RoutesAsDomainExamples(Category category, string department)
    {
        Assert.Equal(department, RoutingOptions.Standard().Routes[category]);
    }

    [Fact]
    public void Standard_Departments_AreTheFiveInDashboardOrder()
    {
        var standard = RoutingOptions.Standard();

        Assert.Equal(["customer-service", "logistics", "quality-assurance", "finance", "policy"], standard.Departments.Select(d => d.Id));
        Assert.All(standard.Departments, d => Assert.False(string.IsNullOrWhiteSpace(d.Name)));
        Assert.Equal(Enum.GetValues<Category>().Length, standard.Routes.Count);
    }

    [Fact]
    public void Standard_CalledTwice_ReturnsIndependentCopies()
    {
        var first = RoutingOptions.Standard();
        first.Routes[Category.Billing] = "logistics";
        first.Departments.Clear();

        var second = RoutingOptions.Standard();

        Assert.Equal("finance", second.Routes[Category.Billing]);
        Assert.Equal(5, second.Departments.Count);
    }

    [Fact]
    public void ApplyStandardWhenEmpty_NothingConfigured_FillsDepartmentsAndRoutes()
    {
        var options = new RoutingOptions();

        options.ApplyStandardWhenEmpty();

        Assert.Equal(RoutingOptions.Standard().Departments.Select(d => d.Id), options.Departments.Select(d => d.Id));
        Assert.Equal(RoutingOptions.Standard().Routes, options.Routes);
    }

    [Fact]
    public void ApplyStandardWhenEmpty_RoutesConfiguredWithoutDepartments_KeepsConfiguredRoutes()
    {
        var options = new RoutingOptions { Routes = { [Category.Delivery] = "finance" } };

        options.ApplyStandardWhenEmpty();

        Assert.Equal(5, options.Departments.Count);
        Assert.Equal("finance", Assert.Single(options.Routes).Value);
    }

    [Fact]
    public void ApplyStandardWhenEmpty_DepartmentsConfigured_ChangesNothing()
    {
        var options = new RoutingOptions { Departments = [new() { Id = "desk", Name = "Desk" }] };

        options.ApplyStandardWhenEmpty();

        Assert.Equal("desk", Assert.Single(options.Departments).Id);
        Assert.Empty(options.Routes);
    }
}
