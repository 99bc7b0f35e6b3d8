using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace ComplaintGrid.IntegrationTests.Tracing;

/// <summary>One span as an OTLP/HTTP export carried it.</summary>
public sealed record ExportedSpan(
    string TraceId,
    string SpanId,
    string ParentSpanId,
    string Name,
    int Kind,
    string Scope,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<string> EventTexts,
    string StatusMessage,
    IReadOnlyDictionary<string, string> Resource)
{
    public const int ServerKind = 2;

    public string? Tag(string key) => Attributes.GetValueOrDefault(key);

    /// <summary>Every piece of text the span carries: name, attribute keys and values, events, status, resource.</summary>
    public IEnumerable<string> Texts() =>
        new[] { Name, Scope, StatusMessage }
            .Concat(Attributes.Keys).Concat(Attributes.Values)
            .Concat(EventTexts)
            .Concat(Resource.Keys).Concat(Resource.Values);

    public override string ToString() => $"{Scope} '{Name}' {string.Join(", ", Attributes.Select(a => $"{a.Key}={a.Value}"))}";
}

/// <summary>
/// Reads OTLP <c>ExportTraceServiceRequest</c> messages (protobuf) into <see cref="ExportedSpan"/>s. Only the fields a
/// test looks at are decoded by number (opentelemetry/proto/trace/v1/trace.proto); every other field is skipped, so
/// a newer exporter's additions do no harm.
/// </summary>
public static class OtlpTraces
{
    public static IReadOnlyList<ExportedSpan> Decode(byte[] request)
    {
        var spans = new List<ExportedSpan>();
        foreach (var (field, resourceSpans) in Fields(request))
        {
            if (field != 1)
                continue;
            var resource = new Dictionary<string, string>();
            var scopes = new List<byte[]>();
            foreach (var (f, value) in Fields(resourceSpans))
            {
                if (f == 1)
                    Attributes(value, 1, resource);
                else if (f == 2)
                    scopes.Add(value);
            }
            foreach (var scopeSpans in scopes)
            {
                var scopeName = "";
                var raw = new List<byte[]>();
                foreach (var (f, value) in Fields(scopeSpans))
                {
                    if (f == 1)
                        scopeName = Fields(value).Where(s => s.Field == 1).Select(s => Encoding.UTF8.GetString(s.Value)).FirstOrDefault() ?? "";
                    else if (f == 2)
                        raw.Add(value);
                }
                spans.AddRange(raw.Select(s => Span(s, scopeName, resource)));
            }
        }
        return spans;
    }

    private static ExportedSpan Span(byte[] span, string scope, IReadOnlyDictionary<string, string> resource)
    {
        string traceId = "", spanId = "", parentSpanId = "", name = "", status = "";
        var kind = 0;
        var attributes = new Dictionary<string, string>();
        var events = new List<string>();
        foreach (var (field, value) in Fields(span))
        {
            switch (field)
            {
                case 1: traceId = Convert.ToHexStringLower(value); break;
                case 2: spanId = Convert.ToHexStringLower(value); break;
                case 4: parentSpanId = Convert.ToHexStringLower(value); break;
                case 5: name = Encoding.UTF8.GetString(value); break;
                case 6: kind = (int)Varint(value); break;
                case 9: Attributes(value, 0, attributes, single: true); break;
                case 11: events.AddRange(EventTexts(value)); break;
                case 15: status = Fields(value).Where(s => s.Field == 2).Select(s => Encoding.UTF8.GetString(s.Value)).FirstOrDefault() ?? ""; break;
            }
        }
        return new ExportedSpan(traceId, spanId, parentSpanId, name, kind, scope, attributes, events, status, resource);
    }

    private static IEnumerable<string> EventTexts(byte[] spanEvent)
    {
        foreach (var (field, value) in Fields(spanEvent))
        {
            if (field == 2)
                yield return Encoding.UTF8.GetString(value);
            else if (field == 3)
            {
                var attributes = new Dictionary<string, string>();
                Attributes(value, 0, attributes, single: true);
                foreach (var (k, v) in attributes)
                {
                    yield return k;
                    yield return v;
                }
            }
        }
    }

    /// <summary>Adds the KeyValues found at <paramref name="field"/> of <paramref name="message"/> (or <paramref name="message"/> itself when <paramref name="single"/>).</summary>
    private static void Attributes(byte[] message, int field, Dictionary<string, string> into, bool single = false)
    {
        foreach (var keyValue in single ? [message] : Fields(message).Where(f => f.Field == field).Select(f => f.Value))
        {
            string key = "", value = "";
            foreach (var (f, v) in Fields(keyValue))
            {
                if (f == 1)
                    key = Encoding.UTF8.GetString(v);
                else if (f == 2)
                    value = AnyValue(v);
            }
            into[key] = value;
        }
    }

    private static string AnyValue(byte[] value)
    {
        foreach (var (field, v) in Fields(value))
        {
            return field switch
            {
                1 => Encoding.UTF8.GetString(v),
                2 => (Varint(v) != 0).ToString(CultureInfo.InvariantCulture),
                3 => ((long)Varint(v)).ToString(CultureInfo.InvariantCulture),
                4 => BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(v)).ToString(CultureInfo.InvariantCulture),
                5 or 6 => string.Join(",", Fields(v).Select(item => item.Field == 1 ? AnyValueOrKeyValue(item.Value) : "")),
                _ => Convert.ToHexStringLower(v),
            };
        }
        return "";
    }

    private static string AnyValueOrKeyValue(byte[] item)
    {
        var parts = Fields(item).ToArray();
        // An ArrayValue holds AnyValues; a KeyValueList holds KeyValues (key string at 1, AnyValue at 2).
        return parts.Length == 2 && parts[0].Field == 1 && parts[1].Field == 2
            ? Encoding.UTF8.GetString(parts[0].Value) + "=" + AnyValue(parts[1].Value)
            : AnyValue(item);
    }

    private static ulong Varint(byte[] encoded)
    {
        var position = 0;
        return ReadVarint(encoded, ref position);
    }

    /// <summary>The fields of one message; varints and fixed-width values come back as their raw bytes.</summary>
    private static List<(int Field, byte[] Value)> Fields(byte[] message)
    {
        var fields = new List<(int, byte[])>();
        var position = 0;
        while (position < message.Length)
        {
            var tag = ReadVarint(message, ref position);
            var field = (int)(tag >> 3);
            var start = position;
            switch ((int)(tag & 7))
            {
                case 0:
                    ReadVarint(message, ref position);
                    break;
                case 1:
                    position += 8;
                    break;
                case 2:
                    var length = (int)ReadVarint(message, ref position);
                    start = position;
                    position += length;
                    break;
                case 5:
                    position += 4;
                    break;
                default:
                    throw new FormatException($"Unsupported protobuf wire type {tag & 7} at byte {start}.");
            }
            if (position > message.Length)
                throw new FormatException("Truncated protobuf message.");
            fields.Add((field, message[start..position]));
        }
        return fields;
    }

    private static ulong ReadVarint(byte[] buffer, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = buffer[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
                return result;
        }
        throw new FormatException("Malformed varint.");
    }
}
