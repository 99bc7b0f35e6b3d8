namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>A whole hostile body, and what its refusal must name.</summary>
/// <param name="Label">What the body is, for failures.</param>
/// <param name="Content">Makes the content, fresh per request.</param>
/// <param name="Field">The field whose value is hostile (a <c>field.…</c> code); null for the body (a <c>request.…</c> code).</param>
/// <param name="OrTooDeep">Whether <c>request.too_deep</c> on the body is right as well (nesting inside a field).</param>
public sealed record HostileBody(string Label, Func<HttpContent?> Content, string? Field = null, bool OrTooDeep = false)
{
    public bool Expects(string code, string field) =>
        (OrTooDeep && code == "request.too_deep" && field == "body")
        || (Field is null
            ? code.StartsWith("request.", StringComparison.Ordinal) && field == "body"
            : code.StartsWith("field.", StringComparison.Ordinal) && field == Field);

    public override string ToString() => Label;
}
