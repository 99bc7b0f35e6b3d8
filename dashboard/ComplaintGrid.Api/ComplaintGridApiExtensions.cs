using ComplaintGrid.Api.Auth;
using ComplaintGrid.Api.Incidents;
using ComplaintGrid.Api.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Api;

/// <summary>Registers and maps the HTTP API, in the silo or in a stand-alone host that is an Orleans client.</summary>
public static class ComplaintGridApiExtensions
{
    /// <summary>Largest request body the API reads: a filing at its limits is under 10 KiB.</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    /// <summary>Registers the API and who may use it (<see cref="DashboardAuthExtensions.AddComplaintGridAuthentication"/>): no anonymous use.</summary>
    public static IServiceCollection AddComplaintGridApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        services.AddComplaintGridAuthentication(configuration);
        services.AddExceptionHandler<ComplaintGridExceptionHandler>();
        services.AddComplaintGridRateLimiting();
        services.AddComplaintGridOpenApi();
        services.Configure<JsonOptions>(o => ComplaintGridJson.Apply(o.SerializerOptions));
        // Unreadable bodies reach ComplaintGridExceptionHandler, which names the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>Maps every <c>/api</c> area, rate-limited per caller, and the OpenAPI document at <see cref="ApiOpenApi.Path"/>.</summary>
    public static IEndpointRouteBuilder MapComplaintGridApi(this IEndpointRouteBuilder routes)
    {
        routes.MapComplaintsApi().RequireRateLimiting(ApiRateLimits.PolicyName);
        routes.MapCustomersApi().RequireRateLimiting(ApiRateLimits.PolicyName);
        routes.MapBadFaithApi().RequireRateLimiting(ApiRateLimits.PolicyName);
        routes.MapDepartmentsApi().RequireRateLimiting(ApiRateLimits.PolicyName);
        routes.MapReportsApi().RequireRateLimiting(ApiRateLimits.PolicyName);
        routes.MapChurnApi().RequireRateLimiting(ApiRateLimits.PolicyName);
        routes.MapIncidentsApi().RequireRateLimiting(ApiRateLimits.PolicyName);
        routes.MapComplaintGridOpenApi();
        return routes;
    }

    /// <summary>Exception handling, the rate limiter and the body size limit; call before mapping.</summary>
    public static IApplicationBuilder UseComplaintGridApi(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(ApiStatusProblems.WriteAsync);
        // After authentication (the host runs it before this), so each bucket is one caller's.
        app.UseRateLimiter();
        app.Use(async (context, next) =>
        {
            // A declared length over the limit is refused before reading; Kestrel's own limit catches chunked bodies.
            if (context.Request.ContentLength > MaxRequestBodyBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = ProblemMapping.ToProblem([ComplaintGridExceptionHandler.TooLarge()], StatusCodes.Status413PayloadTooLarge, context.Request.Path),
                });
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                limit.MaxRequestBodySize = MaxRequestBodyBytes;
            await next(context);
        });
        return app;
    }
}
