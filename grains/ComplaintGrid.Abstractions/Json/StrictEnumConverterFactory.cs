using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintGrid;

/// <summary>
/// Enums on the wire are their names, matched case-insensitively (docs/domain.md). Numbers and unknown names are
/// refused with a message listing the allowed names (<c>must be one of …</c>, which the HTTP API prefixes with the field),
/// so a caller never gets a silent default. Reached through <see cref="ComplaintGridJson"/>.
/// </summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
    {
        private static readonly string Allowed = string.Join(", ", Enum.GetNames<TEnum>());

        // Exact names only: Enum.TryParse also takes " Phone", "+1" and "Email,Chat" (which it ORs into Web).
        private static readonly Dictionary<string, TEnum> ByName =
            Enum.GetNames<TEnum>().ToDictionary(n => n, Enum.Parse<TEnum>, StringComparer.OrdinalIgnoreCase);

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && reader.GetString() is { } text && ByName.TryGetValue(text, out var value)
                ? value
                : throw new JsonException($"must be one of {Allowed}.");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetString() is { } text && ByName.TryGetValue(text, out var value)
                ? value
                : throw new JsonException($"must be one of {Allowed}.");

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value.ToString());
    }
}
