using ComplaintGrid.Api.Auth;
using ComplaintGrid.Api.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace ComplaintGrid.Api;

/// <summary>
/// The API's OpenAPI document at <c>/openapi/v1.json</c> (ASP.NET Core's built-in generator): every <c>/api</c>
/// endpoint, how to authenticate, the scope each operation needs and the problem details each can answer; enums with
/// their names, required fields as the server requires them. Readable by any caller, whatever its scopes. The tests
/// lint it, check real responses against it and compile a generated TypeScript client from it (tests/contracts).
/// </summary>
public static class ApiOpenApi
{
    public const string DocumentName = "v1";

    /// <summary>The stable path of the document.</summary>
    public const string Path = "/openapi/" + DocumentName + ".json";

    private const string ApiKeyScheme = "ApiKey";
    private const string BasicScheme = "Basic";

    public static IServiceCollection AddComplaintGridOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, o =>
        {
            // The dashboard's page and sign-in form are not part of the integration API.
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "ComplaintGrid HTTP API",
                    Version = DocumentName,
                    Description = "File and act on customer complaints. Authenticate with an API key in the "
                        + $"{ApiKeyOptions.HeaderName} header (scopes read, file, act) or HTTP Basic as a configured user. "
                        + "Errors are problem details with code and field.",
                    Contact = new OpenApiContact { Name = "ComplaintGrid", Url = new Uri("https://complaintgrid.dev") },
                    License = new OpenApiLicense { Name = "Proprietary", Url = new Uri("https://complaintgrid.dev/license") },
                };
                // The generator names the host the document was read from; a trailing slash would double every path's.
                foreach (var server in document.Servers ?? [])
                {
                    server.Url = server.Url?.TrimEnd('/');
                    server.Description ??= "The host this document was read from.";
                }
                document.Tags = new HashSet<OpenApiTag>
                {
                    new() { Name = ComplaintsApi.Tag, Description = "File a complaint, read it, and act on it along its lifecycle." },
                    new() { Name = CustomersApi.Tag, Description = "A customer's complaint history and churn risk, their profile and outcomes." },
                    new() { Name = DepartmentsApi.Tag, Description = "Departments' queue health, their queues, and agents' shifts." },
                    new() { Name = ChurnApi.Tag, Description = "The churn model registry, and fitting a new churn model to recorded outcomes." },
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = ApiKeyOptions.HeaderName,
                    Description = "An integration's key (ComplaintGrid:Api:Keys); its scopes decide what it may call.",
                };
                document.Components.SecuritySchemes[BasicScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "basic",
                    Description = "A configured user (ComplaintGrid:Dashboard:Users): leads read, agents also file and act, supervisors also approve; each within their departments.",
                };
                return Task.CompletedTask;
            });
            o.AddSchemaTransformer<EnumSchemaTransformer>();
            o.AddSchemaTransformer<NumberSchemaTransformer>();
            o.AddSchemaTransformer<RequestSchemaTransformer>();
            o.AddSchemaTransformer<ProblemSchemaTransformer>();
            o.AddDocumentTransformer<RequestSchemaTransformer>();
            o.AddOperationTransformer<ProblemResponseTransformer>();
            o.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequiredScope>().LastOrDefault() is not { } scope)
                    return Task.CompletedTask;
                operation.Description = $"Needs the '{scope.Scope}' scope. " + operation.Description;
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [scope.Scope],
                });
                operation.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(BasicScheme, context.Document)] = [],
                });
                return Task.CompletedTask;
            });
        });

    /// <summary>
    /// Maps the document at <see cref="Path"/> for any signed-in user or API key, whatever its scopes (it describes the
    /// API, holds no data), rate-limited per caller.
    /// </summary>
    public static IEndpointConventionBuilder MapComplaintGridOpenApi(this IEndpointRouteBuilder routes) =>
        routes.MapOpenApi(Path.Replace(DocumentName, "{documentName}", StringComparison.Ordinal))
            .RequireAuthorization()
            .RequireRateLimiting(ApiRateLimits.PolicyName);
}
