using System.Net;
using System.Net.Http.Headers;
using ComplaintGrid.IntegrationTests.Api;

namespace ComplaintGrid.IntegrationTests.Security;

/// <summary>A sign-in form the server cannot read is the caller's mistake: a 400 problem, never a 500 and a stack trace.</summary>
[Collection(SiloHostCollection.Name)]
public sealed class MalformedSignInFormTests(SiloHostFixture host)
{
    [Fact]
    public async Task TwoThousandFields_Is400Problem()
    {
        var fields = Enumerable.Range(0, 2_000).Select(i => new KeyValuePair<string, string>($"f{i}", "x"));

        var response = await Post(new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request.malformed_form", (await response.Json())["code"].Text());
    }

    [Fact]
    public async Task EmptyMultipartBoundary_Is400Problem()
    {
        var content = new StringContent("--\r\n");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=\"\"");

        var response = await Post(content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<HttpResponseMessage> Post(HttpContent content)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.BaseAddress };
        return await http.PostAsync("/signin", content);
    }
}
