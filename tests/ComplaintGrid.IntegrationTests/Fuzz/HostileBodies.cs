using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>
/// Whole-body hostility built from an endpoint's valid body: not JSON, truncated, the wrong shape, nested 10,000
/// levels deep, over the 64 KiB limit (declared and chunked), badly encoded, or sent as another content type.
/// Each must be refused as a body (<c>field: body</c>), whatever the endpoint.
/// </summary>
public static class HostileBodies
{
    public const int DeepNesting = 10_000;

    public static IEnumerable<HostileBody> For(JsonObject validBody)
    {
        var valid = validBody.ToJsonString();
        var firstField = validBody.First().Key;
        var firstText = validBody.First(p => p.Value?.GetValueKind() == JsonValueKind.String).Key;
        var padded = validBody.DeepClone().AsObject();
        padded["padding"] = new string('p', 70 * 1024);
        var tooLarge = Encoding.UTF8.GetBytes(padded.ToJsonString());

        yield return Json("not JSON", "complaint: the sofa is torn");
        yield return Json("XML", "<complaint><actor>agent-ana</actor></complaint>");
        yield return Json("truncated at half", valid[..(valid.Length / 2)]);
        yield return Json("truncated by one", valid[..^1]);
        yield return Json("trailing garbage", valid + "x");
        yield return Json("two bodies", valid + valid);
        yield return Json("comment", "/* fuzz */" + valid);
        yield return Json("single quotes", valid.Replace('"', '\''));
        yield return Json("unquoted names", valid.Replace($"\"{firstField}\"", firstField, StringComparison.Ordinal));
        yield return Json("NaN literal", $"{{\"{firstField}\":NaN}}");
        yield return Json("empty", "");
        yield return Json("whitespace", " \r\n\t ");
        yield return Json("null", "null");
        yield return Json("number", "42");
        yield return Json("string", "\"a complaint\"");
        yield return Json("true", "true");
        yield return Json("empty array", "[]");
        yield return Json("array of the body", $"[{valid}]");
        yield return Json($"{DeepNesting} nested arrays", new string('[', DeepNesting) + new string(']', DeepNesting));
        yield return Json($"{DeepNesting} nested objects", string.Concat(Enumerable.Repeat("{\"a\":", DeepNesting)) + "1" + new string('}', DeepNesting));
        // Well-formed JSON: naming the field (its first '[' is the wrong type) or the depth are both right.
        yield return new HostileBody($"{DeepNesting} nested arrays in a field",
            () => ProblemCheck.Json(BodyMutation.With(validBody, firstField, new string('[', DeepNesting) + new string(']', DeepNesting))), firstField, OrTooDeep: true);
        yield return Json("unclosed nesting", new string('[', DeepNesting));
        yield return new HostileBody("over 64 KiB", () => ProblemCheck.Bytes(tooLarge, "application/json"));
        yield return new HostileBody("over 64 KiB, chunked", () => new ChunkedContent(tooLarge, "application/json"));
        // No larger chunked body: the server answers 413 and closes the connection once the limit is passed, so a client
        // still uploading megabytes may fail to send before it reads that answer (seen once in a full run under load).
        // Like an unpaired surrogate, bytes that are no text make the field's string unreadable: the field is named.
        yield return new HostileBody("invalid UTF-8 in a value", () => ProblemCheck.Bytes(InvalidUtf8(valid, firstText), "application/json"), firstText);
        yield return new HostileBody("UTF-16 bytes", () => ProblemCheck.Bytes(Encoding.Unicode.GetBytes(valid), "application/json"));
        yield return new HostileBody("text/plain", () => ProblemCheck.Bytes(Encoding.UTF8.GetBytes(valid), "text/plain"));
        yield return new HostileBody("application/xml", () => ProblemCheck.Bytes(Encoding.UTF8.GetBytes(valid), "application/xml"));
        yield return new HostileBody("form", () => ProblemCheck.Bytes(Encoding.UTF8.GetBytes($"{firstField}=agent-ana"), "application/x-www-form-urlencoded"));
        yield return new HostileBody("no content type", () => ProblemCheck.Bytes(Encoding.UTF8.GetBytes(valid), null));
        yield return new HostileBody("no body at all", () => null);
    }

    private static HostileBody Json(string label, string json) => new(label, () => ProblemCheck.Json(json));

    /// <summary>The valid (ASCII) body with bytes no UTF-8 text has, at the start of <paramref name="field"/>'s string.</summary>
    private static byte[] InvalidUtf8(string valid, string field)
    {
        var bytes = Encoding.UTF8.GetBytes(valid).ToList();
        var firstValue = valid.IndexOf($"\"{field}\":\"", StringComparison.Ordinal) + field.Length + 4;
        bytes.InsertRange(firstValue, [0xFF, 0xFE, 0xC0, 0x80]);
        return [.. bytes];
    }
}
