using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Auth;

/// <summary>Stops start-up when a configured user could never sign in or would be ambiguous, naming the key.</summary>
public sealed partial class DashboardAuthOptionsValidator : IValidateOptions<DashboardAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardAuthOptions options)
    {
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Users.Count; i++)
        {
            var key = $"{DashboardAuthOptions.SectionName}:Users:{i}";
            var user = options.Users[i];
            if (!UserName().IsMatch(user.Name ?? ""))
                failures.Add($"{key}:Name must be 1–64 letters, digits or . _ - @ (got '{user.Name}').");
            else if (!seen.Add(user.Name!))
                failures.Add($"{key}:Name '{user.Name}' is configured twice.");
            else if (ReservedActors.IsReserved(user.Name!))
                failures.Add($"{key}:Name '{user.Name}' is reserved for ComplaintGrid's own timeline entries ({string.Join(", ", ReservedActors.All)}).");
            if (string.IsNullOrEmpty(user.Password))
                failures.Add($"{key}:Password is required (a pbkdf2-sha256 hash, or a plain password for local development).");
            else if (user.Password.StartsWith(DashboardPasswords.HashPrefix, StringComparison.Ordinal) && !DashboardPasswords.IsWellFormedHash(user.Password))
                failures.Add($"{key}:Password looks like a hash but is not pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>.");
            if (!DashboardRoles.All.Contains(user.Role ?? "", StringComparer.OrdinalIgnoreCase))
                failures.Add($"{key}:Role must be one of {string.Join(", ", DashboardRoles.All)} (got '{user.Role}').");
            else if (string.Equals(user.Role, DashboardRoles.Agent, StringComparison.OrdinalIgnoreCase) && user.Departments.Count == 0)
                failures.Add($"{key}:Departments is required for an agent: the departments whose complaints the agent works, or * for all.");
            foreach (var department in user.Departments)
            {
                if (department != DepartmentAccess.Every && !UserName().IsMatch(department ?? ""))
                    failures.Add($"{key}:Departments has '{department}': a department id (letters, digits, . _ - @) or * for all.");
            }
        }
        if (options.SessionLifetime < TimeSpan.FromMinutes(1) || options.SessionLifetime > TimeSpan.FromDays(30))
            failures.Add($"{DashboardAuthOptions.SectionName}:SessionLifetime must be between 00:01:00 and 30.00:00:00 (got {options.SessionLifetime}).");
        if (options.LiveSessionCheck < TimeSpan.FromSeconds(1) || options.LiveSessionCheck > TimeSpan.FromHours(1))
            failures.Add($"{DashboardAuthOptions.SectionName}:LiveSessionCheck must be between 00:00:01 and 01:00:00 (got {options.LiveSessionCheck}).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$")]
    private static partial Regex UserName();
}
