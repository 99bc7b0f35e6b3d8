using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComplaintGrid.Api;

/// <summary>
/// One page of a department's queue, most urgent first. The cursor is the last complaint id of the previous page
/// (<c>after</c>); the next page's link travels in a <c>Link: &lt;…&gt;; rel="next"</c> header so the body stays
/// the plain array it always was.
/// </summary>
public static class QueuePage
{
    public const int DefaultLimit = 100;

    /// <summary>A page larger than this is a bulk export, which the queue view is not for.</summary>
    public const int MaximumLimit = 500;

    /// <summary>The items after <paramref name="after"/>, at most <paramref name="limit"/>; sets the next link when more remain.</summary>
    public static IReadOnlyList<ComplaintSummary> Slice(IReadOnlyList<ComplaintSummary> queue, string? limit, string? after, HttpContext context)
    {
        var size = ParseLimit(limit);
        var start = 0;
        if (after is not null)
        {
            if (!ComplaintIds.IsWellFormed(after))
                throw new ComplaintGridException(ErrorCodes.InvalidIdentifier, "after", "after must be a complaint id from the previous page, like CMP-0123456789ABC.");
            var index = IndexOf(queue, after);
            // The cursor's complaint left the queue (closed or handed off): its place is gone, so say so rather than guess.
            if (index < 0)
                throw new ComplaintGridException(ErrorCodes.UnknownValue, "after", $"Complaint {after} is no longer in this queue; start again without after.");
            start = index + 1;
        }
        var page = queue.Skip(start).Take(size).ToArray();
        if (start + page.Length < queue.Count && page.Length > 0)
        {
            var next = $"{context.Request.PathBase}{context.Request.Path}?limit={size.ToString(CultureInfo.InvariantCulture)}&after={Uri.EscapeDataString(page[^1].ComplaintId)}";
            context.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }
        return page;
    }

    /// <summary>
    /// Describes the page parameters for the OpenAPI document: <c>limit</c> is bound as text so that a bad value is
    /// a problem naming it (<see cref="ParseLimit"/>), but it is a whole number, and clients should see one.
    /// </summary>
    internal static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            switch (parameter.Name)
            {
                case "limit":
                    parameter.Description = $"Complaints on the page, 1 to {MaximumLimit}.";
                    parameter.Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Integer,
                        Format = "int32",
                        Minimum = "1",
                        Maximum = MaximumLimit.ToString(CultureInfo.InvariantCulture),
                        Default = JsonValue.Create(DefaultLimit),
                    };
                    break;
                case "after":
                    parameter.Description = "The last complaint id of the previous page (from the Link header's next page).";
                    break;
            }
        }
        return Task.CompletedTask;
    }

    private static int IndexOf(IReadOnlyList<ComplaintSummary> queue, string complaintId)
    {
        for (var i = 0; i < queue.Count; i++)
        {
            if (queue[i].ComplaintId == complaintId)
                return i;
        }
        return -1;
    }

    private static int ParseLimit(string? limit)
    {
        if (limit is null)
            return DefaultLimit;
        if (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size is < 1 or > MaximumLimit)
            throw new ComplaintGridException(ErrorCodes.OutOfRange, "limit", $"limit must be a whole number from 1 to {MaximumLimit}.");
        return size;
    }
}
