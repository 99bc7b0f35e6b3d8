using System.Globalization;
using ComplaintGrid.Api.Auth;
using System.Security.Claims;

namespace ComplaintGrid.Api.Reports;

/// <summary>
/// Reads a report's query-string parameters: every bad one is named in one 400 problem, an unknown parameter included,
/// so a misspelt filter never silently widens a report; a department the caller may not see is a 404 as in search.
/// </summary>
public static class ReportParameters
{
    /// <summary>The format a report is answered in when the caller names none.</summary>
    public const string Json = "json";

    /// <summary>The CSV format (<see cref="ReportCsv"/>).</summary>
    public const string Csv = "csv";

    /// <summary>The parameters every report takes.</summary>
    public static readonly IReadOnlyList<string> Common = ["from", "to", "timeZone", "departmentId", "format"];

    /// <summary>The service report's query, checked; whether CSV was asked for.</summary>
    public static (ServiceReportQuery Query, bool Csv) Service(
        IEnumerable<string> names, string? from, string? to, string? timeZone, string[]? departmentId, string? period, string? format, ClaimsPrincipal user)
    {
        var check = new RuleCheck();
        Unknown(check, names, "period");
        var periodValue = EnumValue(check, "period", period, ReportPeriod.Week);
        var (fromDate, toDate, zone, departments, csv) = Read(check, from, to, timeZone, departmentId, format);
        var query = new ServiceReportQuery(fromDate, toDate, zone, departments, periodValue);
        Merge(check, query.Check(new RuleCheck()));
        check.ThrowIfAny();
        return (query with { DepartmentIds = Scope(user, departments) }, csv);
    }

    /// <summary>The root-cause query, checked; whether CSV was asked for.</summary>
    public static (RootCauseQuery Query, bool Csv) RootCauses(
        IEnumerable<string> names, string? from, string? to, string? timeZone, string[]? departmentId, string? by, string? format, ClaimsPrincipal user)
    {
        var check = new RuleCheck();
        Unknown(check, names, "by");
        var byValue = EnumValue(check, "by", by, RootCauseDimension.Cause);
        var (fromDate, toDate, zone, departments, csv) = Read(check, from, to, timeZone, departmentId, format);
        var query = new RootCauseQuery(fromDate, toDate, zone, departments, byValue);
        Merge(check, query.Check(new RuleCheck()));
        check.ThrowIfAny();
        return (query with { DepartmentIds = Scope(user, departments) }, csv);
    }

    private static (DateOnly From, DateOnly To, string TimeZone, IReadOnlyList<string>? Departments, bool Csv) Read(
        RuleCheck check, string? from, string? to, string? timeZone, string[]? departmentId, string? format)
    {
        var fromDate = Date(check, "from", from);
        var toDate = Date(check, "to", to);
        var csv = format is null || format.Equals(Json, StringComparison.OrdinalIgnoreCase) ? false
            : format.Equals(Csv, StringComparison.OrdinalIgnoreCase) ? true
            : Fail(check, "format", $"format must be {Json} or {Csv}.");
        IReadOnlyList<string>? departments = departmentId is { Length: > 0 } ? departmentId : null;
        foreach (var department in departments ?? [])
            check.Identifier("departmentId", department);
        return (fromDate, toDate, timeZone ?? ReportRange.DefaultTimeZone, departments, csv);
    }

    /// <summary>
    /// The departments the report covers: those named, each of which the caller must see (else 404, as search answers),
    /// or for a caller bound to departments, theirs; null (every department) for an unbound caller naming none.
    /// </summary>
    private static IReadOnlyList<string>? Scope(ClaimsPrincipal user, IReadOnlyList<string>? named)
    {
        foreach (var department in named ?? [])
        {
            if (!DepartmentAccess.Allows(user, department))
                throw new ComplaintGridException(ErrorCodes.UnknownDepartment, "departmentId", $"departmentId '{department}' is not a configured department.");
        }
        return named ?? (DepartmentAccess.IsBound(user) ? DepartmentAccess.Of(user) : null);
    }

    /// <summary>
    /// Adds the query's own rules to what parsing found, leaving out a parameter already refused (a malformed date is not
    /// also out of range).
    /// </summary>
    private static void Merge(RuleCheck check, RuleCheck rules)
    {
        var refused = check.Errors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        var dateRefused = refused.Contains("from") || refused.Contains("to");
        foreach (var error in rules.Errors)
        {
            if (!refused.Contains(error.Field) && !(dateRefused && error.Field is "from" or "to"))
                check.Fail(error.Code, error.Field, error.Message);
        }
    }

    private static void Unknown(RuleCheck check, IEnumerable<string> names, string own)
    {
        foreach (var name in names)
        {
            if (!Common.Contains(name, StringComparer.OrdinalIgnoreCase) && !name.Equals(own, StringComparison.OrdinalIgnoreCase))
                check.Fail(ErrorCodes.NotAllowed, name, $"'{Shorten(name)}' is not a parameter of this report; use {string.Join(", ", Common.Append(own))}.");
        }
    }

    private static DateOnly Date(RuleCheck check, string field, string? value)
    {
        if (value is null)
        {
            check.Fail(ErrorCodes.Required, field, $"{field} is required: a local date like 2026-11-01.");
            return default;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        check.Fail(ErrorCodes.InvalidText, field, $"{field} must be a local date like 2026-11-01.");
        return default;
    }

    private static TEnum EnumValue<TEnum>(RuleCheck check, string field, string? value, TEnum fallback) where TEnum : struct, Enum
    {
        if (value is null)
            return fallback;
        // Names only: a number would pick a value by an ordinal nobody documents.
        if (!char.IsAsciiDigit(value.TrimStart('-', '+', ' ').FirstOrDefault('0')) && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed)
            && Enum.IsDefined(parsed))
            return parsed;
        check.Fail(ErrorCodes.UnknownValue, field, $"{field} must be one of {string.Join(", ", Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()))}.");
        return fallback;
    }

    private static bool Fail(RuleCheck check, string field, string message)
    {
        check.Fail(ErrorCodes.UnknownValue, field, message);
        return false;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
