using System.Net;
using System.Net.Http.Headers;

namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>A body sent without a Content-Length (chunked), so only the server's own body limit can stop it.</summary>
public sealed class ChunkedContent : HttpContent
{
    private readonly byte[] _body;

    public ChunkedContent(byte[] body, string contentType)
    {
        _body = body;
        Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        const int chunk = 4096;
        for (var offset = 0; offset < _body.Length; offset += chunk)
            await stream.WriteAsync(_body.AsMemory(offset, Math.Min(chunk, _body.Length - offset)));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
