using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComplaintGrid.Api.Reports;

/// <summary>Describes the reports' parameters (bound as text so bad values are problems, but typed for clients) and their CSV answer.</summary>
internal static class ReportsOpenApi
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            (parameter.Description, parameter.Schema, parameter.Required) = parameter.Name switch
            {
                "from" => ("First local day (inclusive), like 2026-11-01.", Date(), true),
                "to" => ($"Last local day (inclusive), at most {ReportRange.MaximumDays} days from from.", Date(), true),
                "timeZone" => ("IANA time zone id the days are in.", new OpenApiSchema { Type = JsonSchemaType.String, Default = JsonValue.Create(ReportRange.DefaultTimeZone) }, false),
                "departmentId" => ("Only this department (repeatable); default every department the caller may see.", parameter.Schema, false),
                "period" => ("How the range is cut: day, ISO week (Monday first) or month.", Choice(ReportPeriod.Week), false),
                "by" => ("What the bars count by: cause or type (complaints assessed in the range) or category (filed in it).", Choice(RootCauseDimension.Cause), false),
                "format" => ("json, or csv for RFC 4180 CSV with a header row.", Choice(ReportParameters.Json, ReportParameters.Csv), false),
                _ => (parameter.Description, parameter.Schema, parameter.Required),
            };
        }
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            response.Content[ReportCsv.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }
        return Task.CompletedTask;
    }

    private static OpenApiSchema Date() => new() { Type = JsonSchemaType.String, Format = "date" };

    private static OpenApiSchema Choice<TEnum>(TEnum fallback) where TEnum : struct, Enum =>
        Choice([.. Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant())], fallback.ToString().ToLowerInvariant());

    private static OpenApiSchema Choice(params string[] names) => Choice(names, names[0]);

    private static OpenApiSchema Choice(string[] names, string fallback) => new()
    {
        Type = JsonSchemaType.String,
        Enum = names.Select(n => (JsonNode)JsonValue.Create(n)).ToList(),
        Default = JsonValue.Create(fallback),
    };
}
