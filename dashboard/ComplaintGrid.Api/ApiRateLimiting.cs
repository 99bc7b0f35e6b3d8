using System.Globalization;
using System.Threading.RateLimiting;
using ComplaintGrid.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api;

/// <summary>
/// A token bucket per authenticated caller (API key or user; the client address when anonymous), with a 429
/// problem and <c>Retry-After</c> when it is empty. Runs after authentication, so the bucket is the caller's own.
/// </summary>
public static class ApiRateLimiting
{
    public const string RateLimitedCode = ErrorCodes.RateLimited;

    public static IServiceCollection AddComplaintGridRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<ApiRateLimitOptions>().BindConfiguration(ApiRateLimitOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiRateLimitOptions>, ApiRateLimitOptionsValidator>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(ApiRateLimits.PolicyName, PartitionFor);
            o.OnRejected = Reject;
        });
        return services;
    }

    private static RateLimitPartition<string> PartitionFor(HttpContext context)
    {
        var defaults = context.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value;
        var user = context.User;
        if (user.Identity is { IsAuthenticated: true, Name: { } name })
        {
            if (!ApiKeyPrincipal.IsApiKey(user))
                return Bucket("user:" + name, defaults.PermitsPerSecond, defaults.Burst);
            var key = context.RequestServices.GetRequiredService<ApiKeyStore>().Named(name);
            return Bucket("key:" + name, key?.PermitsPerSecond ?? defaults.PermitsPerSecond, key?.Burst ?? defaults.Burst);
        }
        // Only the anonymous OpenAPI document gets here: authentication refuses everything else first.
        return Bucket("address:" + context.Connection.RemoteIpAddress, defaults.PermitsPerSecond, defaults.Burst);
    }

    private static RateLimitPartition<string> Bucket(string partition, double permitsPerSecond, int burst) =>
        RateLimitPartition.GetTokenBucketLimiter(partition, _ =>
        {
            // The limiter adds whole tokens per period: under one per second, one token per longer period.
            var (tokens, period) = permitsPerSecond >= 1
                ? ((int)Math.Round(permitsPerSecond), TimeSpan.FromSeconds(1))
                : (1, TimeSpan.FromSeconds(1 / permitsPerSecond));
            return new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = tokens,
                ReplenishmentPeriod = period,
                // Refuse at once: an integration that waits in our queue holds a connection and learns nothing.
                QueueLimit = 0,
                AutoReplenishment = true,
            };
        });

    private static async ValueTask Reject(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var error = new ComplaintGridError(RateLimitedCode, "request",
            $"Too many requests for this caller; retry after {seconds} s (ComplaintGrid:Api:RateLimit).");
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = ProblemMapping.ToProblem([error], StatusCodes.Status429TooManyRequests, http.Request.Path),
        });
    }
}
