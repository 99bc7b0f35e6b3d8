namespace ComplaintGrid.Api.Auth;

/// <summary>
/// Where a browser may be sent back to after signing in: a path on this site and nothing else. Browsers drop tabs and
/// line breaks from URLs and read a backslash as a slash, so <c>/\t/evil.example/</c> and <c>/\evil.example</c> are
/// other sites to them; anything that is not plainly a local path becomes the board.
/// </summary>
public static class LocalReturnUrl
{
    public static string Sanitize(string? url) => IsLocal(url) ? url! : DashboardRoutes.Page;

    public static bool IsLocal(string? url) =>
        url is ['/', ..]
        && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\')
        && Uri.TryCreate(url, UriKind.Relative, out _);
}
