using ComplaintGrid.Domain.Routing;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Domain.Escalation;

/// <summary>
/// Stops the silo at start-up, naming the key, on a contact that is neither a whole person nor a known rota, a level that
/// is no escalation level, a department that is not configured, or a rota with nobody, no shifts or an impossible time.
/// </summary>
public sealed class EscalationOptionsValidator(IOptions<RoutingOptions>? routing = null) : IValidateOptions<EscalationOptions>
{
    /// <summary>Room for any e-mail address (RFC 5321 allows 254), chat handle or pager number.</summary>
    public const int MaxAddressLength = 320;

    /// <summary>Long enough for a name or a role as people write them.</summary>
    public const int MaxNameLength = 200;

    private const string Section = EscalationOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, EscalationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (level, contacts) in options.Contacts.Defaults)
            CheckLevel($"{Section}:Contacts:Defaults:{level}", level, contacts, options, failures);
        var departments = routing?.Value.Departments.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (department, byLevel) in options.Contacts.Departments)
        {
            if (departments is not null && !departments.Contains(department))
                failures.Add($"{Section}:Contacts:Departments:{department} names a department that is not configured under {RoutingOptions.SectionName}:Departments.");
            foreach (var (level, contacts) in byLevel)
                CheckLevel($"{Section}:Contacts:Departments:{department}:{level}", level, contacts, options, failures);
        }
        foreach (var (rota, members) in options.Rotas)
            CheckRota($"{Section}:Rotas:{rota}", members, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckLevel(string key, EscalationLevel level, List<EscalationContactOptions> contacts, EscalationOptions options, List<string> failures)
    {
        if (level == EscalationLevel.None)
            failures.Add($"{key} is no escalation level; contacts are configured for AtRisk, Breached, Level3 or Level4.");
        for (var i = 0; i < contacts.Count; i++)
        {
            var c = contacts[i];
            var at = $"{key}:{i}";
            if (c.Rota is { } rota)
            {
                if (c.Name is not null || c.Role is not null || c.Address is not null)
                    failures.Add($"{at} names rota '{rota}' and a person; an entry is either a rota or a person (Name, Role, Address).");
                else if (!options.Rotas.ContainsKey(rota))
                    failures.Add($"{at}:Rota names rota '{rota}', which is not configured under {Section}:Rotas.");
                continue;
            }
            CheckPerson(at, c.Name, c.Role, c.Address, failures);
        }
    }

    private static void CheckRota(string key, List<RotaMemberOptions> members, List<string> failures)
    {
        if (members.Count == 0)
            failures.Add($"{key} has nobody on it; list its people with their Shifts.");
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            var at = $"{key}:{i}";
            CheckPerson(at, m.Name, m.Role, m.Address, failures);
            if (m.Shifts.Count == 0)
                failures.Add($"{at}:Shifts is empty; give each person of a rota at least one weekly shift (Days, From, To in UTC).");
            for (var s = 0; s < m.Shifts.Count; s++)
            {
                var shift = m.Shifts[s];
                if (shift.Days.Count == 0)
                    failures.Add($"{at}:Shifts:{s}:Days is empty; name the days the shift starts on (Monday … Sunday).");
                if (!RotaShiftOptions.IsTimeOfDay(shift.From))
                    failures.Add($"{at}:Shifts:{s}:From must be a time of day from 00:00 to 23:59; it is {shift.From}.");
                if (!RotaShiftOptions.IsTimeOfDay(shift.To))
                    failures.Add($"{at}:Shifts:{s}:To must be a time of day from 00:00 to 23:59 (at or before From ends the next day); it is {shift.To}.");
            }
        }
    }

    private static void CheckPerson(string key, string? name, string? role, string? address, List<string> failures)
    {
        CheckText($"{key}:Name", name, MaxNameLength, failures);
        CheckText($"{key}:Role", role, MaxNameLength, failures);
        CheckText($"{key}:Address", address, MaxAddressLength, failures);
    }

    private static void CheckText(string key, string? value, int max, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value))
            failures.Add($"{key} is required.");
        else if (value.Length > max)
            failures.Add($"{key} must be at most {max} characters; it has {value.Length}.");
    }
}
