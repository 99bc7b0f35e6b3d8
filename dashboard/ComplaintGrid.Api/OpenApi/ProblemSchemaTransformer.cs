using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComplaintGrid.Api.OpenApi;

/// <summary>
/// The problem details every <c>/api</c> error carries (<see cref="ProblemMapping"/>, the auth and rate-limit
/// problems): RFC 9457's members plus <c>code</c> and <c>field</c> of the first broken rule, <c>errors</c> with every
/// broken rule, <c>scope</c> when an API key lacks one, and the request's <c>traceId</c>.
/// </summary>
internal sealed class ProblemSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(ProblemDetails) || context.JsonPropertyInfo is not null)
            return Task.CompletedTask;
        schema.Description = "An error as RFC 9457 problem details, with the stable code and field of the first broken rule and every broken rule in errors.";
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Stable code of the first broken rule, such as field.required, complaint.transition.illegal or auth.required.",
        };
        schema.Properties["field"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String | JsonSchemaType.Null,
            Description = "The field, parameter or part of the request it concerns (body, path, id, limit…); null for who is calling.",
        };
        schema.Properties["errors"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Description = "Every broken rule at once, the first being code and field.",
            Items = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "code", "field", "message" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable code of the rule." },
                    ["field"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The field it concerns." },
                    ["message"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A sentence for a person." },
                },
            },
        };
        schema.Properties["scope"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "With auth.scope_required: the scope the API key lacks.",
        };
        schema.Properties["traceId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "The request's trace id, for the operator's logs.",
        };
        schema.Required = new HashSet<string> { "type", "title", "status", "detail", "code", "field", "errors" };
        return Task.CompletedTask;
    }
}
