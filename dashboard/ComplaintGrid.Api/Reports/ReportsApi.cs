using ComplaintGrid.Api.Auth;
using ComplaintGrid.Api.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Api.Reports;

/// <summary>
/// <c>/api/reports</c>: the service report and the root-cause Pareto over the history read model, per department and
/// period in a time zone, as JSON or (<c>format=csv</c>) RFC 4180 CSV. A caller bound to departments sees only theirs.
/// </summary>
public static class ReportsApi
{
    /// <summary>The OpenAPI tag of these operations.</summary>
    public const string Tag = "Reports";

    /// <summary>The content type of a CSV report.</summary>
    public const string CsvContentType = ReportCsv.MediaType + "; charset=utf-8";

    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/reports").WithTags(Tag).RequireApiScopes().ProducesCallerProblems();
        group.MapGet("/service", Service).WithName("GetServiceReport")
            .WithSummary("Volumes, service levels, breaches, rates, remedies and hold time per department and period (day, ISO week or month) in a time zone.")
            .WithDescription("from and to are local dates (inclusive) in timeZone, at most 366 days apart; the periods overlapping them are reported whole. format=csv answers text/csv with the columns docs/http-api.md lists. Unknown parameters and bad values are refused 400 naming the parameter; a department the caller may not see is answered 404.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .AddOpenApiOperationTransformer(ReportsOpenApi.DescribeAsync);
        group.MapGet("/root-causes", RootCauses).WithName("GetRootCauseReport")
            .WithSummary("Complaints per cause, type or category and department, largest first, with cumulative shares and the lessons and prevention actions recorded.")
            .WithDescription("Cause and type count complaints assessed in the range, category those filed in it. format=csv answers text/csv, one line per bar. Unknown parameters and bad values are refused 400 naming the parameter; a department the caller may not see is answered 404.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .AddOpenApiOperationTransformer(ReportsOpenApi.DescribeAsync);
        return group;
    }

    private static async Task<Results<Ok<ServiceReport>, ContentHttpResult>> Service(
        string? from, string? to, string? timeZone, string[]? departmentId, string? period, string? format, HttpContext http, IGrainFactory grains)
    {
        var (query, csv) = ReportParameters.Service(http.Request.Query.Keys, from, to, timeZone, departmentId, period, format, http.User);
        var report = await grains.GetGrain<IComplaintReportGrain>(0).ServiceReport(query);
        return csv ? TypedResults.Text(ReportCsv.Write(report), CsvContentType) : TypedResults.Ok(report);
    }

    private static async Task<Results<Ok<RootCauseReport>, ContentHttpResult>> RootCauses(
        string? from, string? to, string? timeZone, string[]? departmentId, string? by, string? format, HttpContext http, IGrainFactory grains)
    {
        var (query, csv) = ReportParameters.RootCauses(http.Request.Query.Keys, from, to, timeZone, departmentId, by, format, http.User);
        var report = await grains.GetGrain<IComplaintReportGrain>(0).RootCauses(query);
        return csv ? TypedResults.Text(ReportCsv.Write(report), CsvContentType) : TypedResults.Ok(report);
    }
}
