using ComplaintGrid.Domain.Routing;

namespace ComplaintGrid.Tests.Domain.Routing;

public sealed class RoutingOptionsValidatorTests
{
    private static readonly RoutingOptionsValidator Validator = new();

    [Fact]
    public void Validate_Standard_Succeeds()
    {
        Assert.True(Validator.Validate(null, RoutingOptions.Standard()).Succeeded);
    }

    [Fact]
    public void Validate_CategoryWithoutRoute_FailsNamingCategoryKey()
    {
        var options = RoutingOptions.Standard();
        options.Routes.Remove(Category.Policy);

        var failure = Assert.Single(Validator.Validate(null, options).Failures!);

        Assert.Equal("ComplaintGrid:Routing:Routes:Policy is required: every category needs a department.", failure);
    }

    [Fact]
    public void Validate_RouteToUnknownDepartment_FailsNamingRouteAndTarget()
    {
        var options = RoutingOptions.Standard();
        options.Routes[Category.Delivery] = "warehouse";

        var failure = Assert.Single(Validator.Validate(null, options).Failures!);

        Assert.Contains("ComplaintGrid:Routing:Routes:Delivery", failure, StringComparison.Ordinal);
        Assert.Contains("'warehouse'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateDepartmentId_FailsNamingIndex()
    {
        var options = RoutingOptions.Standard();
        options.Departments.Add(new() { Id = "finance", Name = "Finance again" });

        var failure = Assert.Single(Validator.Validate(null, options).Failures!);

        Assert.Equal("ComplaintGrid:Routing:Departments:5:Id 'finance' is configured twice.", failure);
    }

    [Theory]
    [InlineData("", "is required")]
    [InlineData("back office", "may contain only letters, digits")]
    [InlineData("dépôt", "may contain only letters, digits")]
    public void Validate_BadDepartmentId_FailsNamingKey(string id, string rule)
    {
        var options = RoutingOptions.Standard();
        options.Departments.Add(new() { Id = id, Name = "Extra" });

        var failures = Validator.Validate(null, options).Failures!.ToArray();

        var failure = Assert.Single(failures);
        Assert.StartsWith("ComplaintGrid:Routing:Departments:5:Id", failure, StringComparison.Ordinal);
        Assert.Contains(rule, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DepartmentIdTooLong_Fails()
    {
        var options = RoutingOptions.Standard();
        options.Departments.Add(new() { Id = new string('d', FieldLimits.IdentifierMaxLength + 1), Name = "Long" });

        var failure = Assert.Single(Validator.Validate(null, options).Failures!);

        Assert.Contains("at most 64 characters", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DepartmentWithoutName_FailsNamingKey()
    {
        var options = RoutingOptions.Standard();
        options.Departments[1].Name = " ";

        var failure = Assert.Single(Validator.Validate(null, options).Failures!);

        Assert.Equal("ComplaintGrid:Routing:Departments:1:Name is required.", failure);
    }

    [Fact]
    public void Validate_NothingConfigured_FailsForEveryCategory()
    {
        var result = Validator.Validate(null, new RoutingOptions());

        Assert.Equal(Enum.GetValues<Category>().Length, result.Failures!.Count());
    }
}
