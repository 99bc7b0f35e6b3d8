using Microsoft.Extensions.Options;

namespace ComplaintGrid.Domain.Routing;

/// <summary>Every category must route to a configured department, and department ids must be usable ids.</summary>
public sealed class RoutingOptionsValidator : IValidateOptions<RoutingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        var failures = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Departments.Count; i++)
        {
            var department = options.Departments[i];
            var key = $"{RoutingOptions.SectionName}:Departments:{i}";
            var check = new RuleCheck().Identifier($"{key}:Id", department.Id);
            failures.AddRange(check.Errors.Select(e => e.Message));
            if (string.IsNullOrWhiteSpace(department.Name))
                failures.Add($"{key}:Name is required.");
            if (!ids.Add(department.Id))
                failures.Add($"{key}:Id '{department.Id}' is configured twice.");
        }
        foreach (var category in Enum.GetValues<Category>())
        {
            if (!options.Routes.TryGetValue(category, out var target))
                failures.Add($"{RoutingOptions.SectionName}:Routes:{category} is required: every category needs a department.");
            else if (!ids.Contains(target))
                failures.Add($"{RoutingOptions.SectionName}:Routes:{category} names '{target}', which is not a configured department.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
