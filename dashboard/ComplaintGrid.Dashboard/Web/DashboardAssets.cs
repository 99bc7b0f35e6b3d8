using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace ComplaintGrid.Dashboard.Web;

/// <summary>
/// Serves the page's files, embedded in this assembly at build time (wwwroot, with the npm-installed SignalR client
/// under lib/), so the silo, a stand-alone host and tests serve the same page whatever their content root.
/// </summary>
internal static class DashboardAssets
{
    private static readonly Assembly Assembly = typeof(DashboardAssets).Assembly;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly HashSet<string> Names = Assembly.GetManifestResourceNames().ToHashSet(StringComparer.Ordinal);

    public static bool Exists(string path) => Names.Contains("wwwroot/" + path);

    public static IResult Serve(HttpResponse response, string path)
    {
        var name = "wwwroot/" + path;
        if (!Names.Contains(name))
            return TypedResults.NotFound();
        if (!ContentTypes.TryGetContentType(path, out var contentType))
            contentType = "application/octet-stream";
        // The page is small and changes with each build: revalidate rather than risk a stale script on a wall screen.
        response.Headers.CacheControl = "no-cache";
        return TypedResults.Stream(Assembly.GetManifestResourceStream(name)!, contentType);
    }
}
