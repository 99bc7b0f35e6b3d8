using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization.Metadata;
using ComplaintGrid.Api.Requests;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComplaintGrid.Api.OpenApi;

/// <summary>
/// Request bodies require exactly the fields the server refuses to do without: those marked <see cref="RequiredAttribute"/>
/// on the request records (checked by the records themselves and the command validator; the attribute only documents
/// it). The generator would require every constructor parameter, although a missing optional field is simply absent.
/// A required field is also not nullable: null is refused like a missing field. The 8D report, a nested body, requires
/// its non-nullable fields only.
/// </summary>
internal sealed class RequestSchemaTransformer : IOpenApiSchemaTransformer, IOpenApiDocumentTransformer
{
    private static readonly string? RequestNamespace = typeof(FileComplaintRequest).Namespace;

    /// <summary>The request records' schema names (the generator names a schema after its type).</summary>
    private static readonly HashSet<string> RequestTypeNames =
        typeof(FileComplaintRequest).Assembly.GetTypes().Where(t => t.Namespace == RequestNamespace).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var info = context.JsonTypeInfo;
        if (info.Type.Namespace == RequestNamespace && info.Kind == JsonTypeInfoKind.Object)
        {
            var required = info.Properties.Where(p => p.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true).Select(p => p.Name).ToHashSet();
            schema.Required = required;
            foreach (var name in required)
            {
                if (schema.Properties?.TryGetValue(name, out var property) == true)
                    schema.Properties[name] = WithoutNull(property);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Takes null out of a required field's schema: <c>type: [null, string]</c> becomes <c>string</c> here, and
    /// <c>oneOf: [null, $ref]</c> (which the generator forms only after the schema transformers, when it references
    /// shared schemas) becomes the reference in <see cref="TransformAsync(OpenApiDocument, OpenApiDocumentTransformerContext, CancellationToken)"/>.
    /// </summary>
    private static IOpenApiSchema WithoutNull(IOpenApiSchema property)
    {
        if (property is OpenApiSchema { Type: { } type } schema)
            schema.Type = type & ~JsonSchemaType.Null;
        return property;
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (name, component) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            // The 8D report is also part of a complaint's view, so it is no request record: its nullable fields are the optional ones.
            if (name == nameof(EightDReport) && component is OpenApiSchema { Properties: { } report } eightD)
                eightD.Required = report.Where(p => p.Value.Type is not { } type || (type & JsonSchemaType.Null) == 0).Select(p => p.Key).ToHashSet();
            if (!RequestTypeNames.Contains(name) || component is not OpenApiSchema { Required: { } required, Properties: { } properties })
                continue;
            foreach (var field in required)
            {
                if (properties.TryGetValue(field, out var property) && property is OpenApiSchema { OneOf: { Count: 2 } oneOf }
                    && oneOf.Count(s => s.Type == JsonSchemaType.Null) == 1)
                    properties[field] = oneOf.Single(s => s.Type != JsonSchemaType.Null);
            }
        }
        return Task.CompletedTask;
    }
}
