using System.Text;

namespace ComplaintGrid.Silo.Hosting;

/// <summary>
/// Takes the Log Stream entry out of Orleans' dashboard menu. With <c>HideTrace</c> on, Orleans 10.4.2 refuses the log
/// stream but still lists it: its page hides the entry only when <c>window.hideTrace</c> is set, and nothing sets it. So
/// the page is served with one script of ours ahead of its own, which sets it; an entry that only says "disabled" is gone.
/// </summary>
internal static class OrleansDashboardMenu
{
    /// <summary>The script that sets <c>window.hideTrace</c>, under Orleans' dashboard path so it needs the same role.</summary>
    public const string ScriptName = "complaintgrid-menu.js";

    private const string Script = "window.hideTrace = true;\n";
    private const string PageScriptTag = "<script type=\"module\"";

    /// <summary>True for the requests that answer with the dashboard's page.</summary>
    public static bool IsPage(HttpRequest request, string path) =>
        HttpMethods.IsGet(request.Method)
        && (request.Path.Equals(path + "/", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(path + "/index.html", StringComparison.OrdinalIgnoreCase));

    /// <summary>Serves the page as Orleans writes it, with our script placed before the page's own.</summary>
    public static async Task ServePage(HttpContext context, RequestDelegate next, string path)
    {
        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        // The page is small; read it plain so it can be edited, and let the response be compressed later if ever.
        context.Request.Headers.AcceptEncoding = default;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }
        var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (context.Response.StatusCode == StatusCodes.Status200OK && html.Contains(PageScriptTag, StringComparison.Ordinal))
        {
            var index = html.IndexOf(PageScriptTag, StringComparison.Ordinal);
            html = string.Concat(html.AsSpan(0, index), $"<script src=\"{path}/{ScriptName}\"></script>\n  ", html.AsSpan(index));
            var bytes = Encoding.UTF8.GetBytes(html);
            context.Response.ContentLength = bytes.Length;
            await body.WriteAsync(bytes, context.RequestAborted);
            return;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }

    /// <summary>The script itself.</summary>
    public static IResult ServeScript() => TypedResults.Text(Script, "text/javascript", Encoding.UTF8);
}
