using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ComplaintGrid.Api.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComplaintGrid.Api;

/// <summary>
/// <c>GET /api/complaints</c>: finds complaints, closed ones included, in the history read model by filters and words,
/// newest filing first, a page at a time (<c>after</c> = the last id of the previous page; <c>Link: &lt;…&gt;; rel="next"</c>
/// while more remain). A caller bound to departments finds only complaints now in them. Every bad parameter is a 400
/// problem naming it, an unknown parameter included, so a misspelt filter never silently widens a search.
/// </summary>
public static partial class ComplaintSearch
{
    private static readonly string[] Parameters =
        ["customerId", "reference", "status", "departmentId", "category", "severity", "cause", "from", "to", "q", "limit", "after"];

    /// <summary>Answers one page of the search.</summary>
    internal static async Task<Ok<IReadOnlyList<ComplaintSearchHit>>> Search(
        string? customerId, string? reference, string? status, string? departmentId, string? category, string? severity, string? cause,
        string? from, string? to, string? q, string? limit, string? after, HttpContext http, IGrainFactory grains)
    {
        var query = Parse(http.Request.Query.Keys, customerId, reference, status, departmentId, category, severity, cause, from, to, q, limit, after);
        if (departmentId is not null && !DepartmentAccess.Allows(http.User, departmentId))
            throw new ComplaintGridException(ErrorCodes.UnknownDepartment, "departmentId", $"departmentId '{departmentId}' is not a configured department.");
        // A caller bound to departments finds only complaints now in them, as the queue and the complaint endpoints show.
        if (departmentId is null && DepartmentAccess.IsBound(http.User))
            query = query with { DepartmentIds = DepartmentAccess.Of(http.User) };

        var page = await grains.GetGrain<IComplaintSearchGrain>(0).Search(query);
        if (page.HasMore && page.Items.Count > 0)
            http.Response.Headers.Link = $"<{NextPage(http.Request, query.Limit, page.Items[^1].ComplaintId)}>; rel=\"next\"";
        return TypedResults.Ok(page.Items);
    }

    /// <summary>Checks every parameter and builds the query; throws one problem naming every bad parameter.</summary>
    public static ComplaintSearchQuery Parse(
        IEnumerable<string> names, string? customerId, string? reference, string? status, string? departmentId, string? category,
        string? severity, string? cause, string? from, string? to, string? q, string? limit, string? after)
    {
        var check = new RuleCheck();
        foreach (var name in names)
        {
            if (!Parameters.Contains(name, StringComparer.OrdinalIgnoreCase))
                check.Fail(ErrorCodes.NotAllowed, name, $"'{Shorten(name)}' is not a search parameter; use {string.Join(", ", Parameters)}.");
        }
        var statusValue = EnumValue<ComplaintStatus>(check, "status", status);
        var categoryValue = EnumValue<Category>(check, "category", category);
        var severityValue = EnumValue<Severity>(check, "severity", severity);
        var causeValue = EnumValue<Cause>(check, "cause", cause);
        var fromValue = Time(check, "from", from);
        var toValue = Time(check, "to", to);
        var size = ComplaintSearchQuery.DefaultLimit;
        var sizeRead = limit is null || int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size);
        var query = new ComplaintSearchQuery(customerId, reference, statusValue, departmentId is null ? null : [departmentId], categoryValue,
            severityValue, causeValue, fromValue, toValue, q, sizeRead ? size : ComplaintSearchQuery.DefaultLimit, after);
        query.Check(check);
        if (!sizeRead)
            check.Fail(ErrorCodes.OutOfRange, "limit", $"limit must be a whole number from 1 to {ComplaintSearchQuery.MaximumLimit}.");
        check.ThrowIfAny();
        return query;
    }

    /// <summary>Describes the parameters in the OpenAPI document: bound as text so bad values are problems, but typed for clients.</summary>
    internal static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            (parameter.Description, parameter.Schema) = parameter.Name switch
            {
                "customerId" => ("Only this customer's complaints.", parameter.Schema),
                "reference" => ("Only complaints with exactly this reference.", parameter.Schema),
                "status" => ("Only complaints in this status.", EnumSchema<ComplaintStatus>()),
                "departmentId" => ("Only complaints now in this department (one of the caller's, for a caller bound to departments).", parameter.Schema),
                "category" => ("Only this category.", EnumSchema<Category>()),
                "severity" => ("Only this severity at filing.", EnumSchema<Severity>()),
                "cause" => ("Only complaints assessed with this cause.", EnumSchema<Cause>()),
                "from" => ("Filed at or after this instant (ISO 8601).", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" }),
                "to" => ("Filed before this instant (ISO 8601); at most a year after from.", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" }),
                "q" => ($"Words the complaint's text must all contain (up to {ComplaintSearchQuery.TextMaxLength} characters).", parameter.Schema),
                "limit" => ($"Complaints on the page, 1 to {ComplaintSearchQuery.MaximumLimit}.", new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Minimum = "1",
                    Maximum = ComplaintSearchQuery.MaximumLimit.ToString(CultureInfo.InvariantCulture),
                    Default = JsonValue.Create(ComplaintSearchQuery.DefaultLimit),
                }),
                "after" => ("The last complaint id of the previous page (from the Link header's next page).", parameter.Schema),
                _ => (parameter.Description, parameter.Schema),
            };
        }
        return Task.CompletedTask;
    }

    private static OpenApiSchema EnumSchema<TEnum>() where TEnum : struct, Enum => new()
    {
        Type = JsonSchemaType.String,
        Enum = System.Enum.GetNames<TEnum>().Select(n => (JsonNode)JsonValue.Create(n)).ToList(),
    };

    private static TEnum? EnumValue<TEnum>(RuleCheck check, string field, string? value) where TEnum : struct, Enum
    {
        if (value is null)
            return null;
        // Names only: a number would find complaints by an ordinal nobody documents.
        if (System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && !char.IsAsciiDigit(value.TrimStart('-', '+', ' ').FirstOrDefault('0'))
            && System.Enum.IsDefined(parsed))
            return parsed;
        check.Fail(ErrorCodes.UnknownValue, field, $"{field} must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
        return null;
    }

    private static DateTimeOffset? Time(RuleCheck check, string field, string? value)
    {
        if (value is null)
            return null;
        if (IsoDate().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            return parsed;
        check.Fail(ErrorCodes.InvalidText, field, $"{field} must be an ISO 8601 date or time, like 2026-12-01 or 2026-12-01T09:30:00Z.");
        return null;
    }

    private static string NextPage(HttpRequest request, int limit, string lastId)
    {
        var next = new StringBuilder($"{request.PathBase}{request.Path}?");
        foreach (var (name, values) in request.Query)
        {
            if (name.Equals("after", StringComparison.OrdinalIgnoreCase) || name.Equals("limit", StringComparison.OrdinalIgnoreCase))
                continue;
            foreach (var value in values)
                next.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value ?? "")).Append('&');
        }
        next.Append("limit=").Append(limit.ToString(CultureInfo.InvariantCulture)).Append("&after=").Append(Uri.EscapeDataString(lastId));
        return next.ToString();
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?)?(Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
