using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComplaintGrid.Api.OpenApi;

/// <summary>
/// Enums as the strings they are on the wire, with every allowed name. The API's own enum converter (names only,
/// matched case-insensitively) is opaque to the schema generator, which would otherwise describe an enum as <c>{}</c>:
/// a schema that also matches null, so that a nullable enum's <c>oneOf</c> matched null twice, and an array of enums
/// lost its <c>items</c>.
/// </summary>
internal sealed class EnumSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var info = context.JsonTypeInfo;
        if (EnumOf(info.Type) is { } type)
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = Names(type);
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element && EnumOf(element) is { } elementType && schema.Items is null)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = Names(elementType) };
        }
        return Task.CompletedTask;
    }

    private static Type? EnumOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } e ? e : null;

    private static List<JsonNode> Names(Type type) => [.. Enum.GetNames(type).Select(name => (JsonNode)JsonValue.Create(name))];
}
