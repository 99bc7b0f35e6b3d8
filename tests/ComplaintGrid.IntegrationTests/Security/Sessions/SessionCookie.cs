using System.Net;

namespace ComplaintGrid.IntegrationTests.Security.Sessions;

/// <summary>
/// A browser's session cookie held on its own, as a thief would hold a copy: signed in through the real form, then sent
/// by hand with each request to any host.
/// </summary>
internal sealed record SessionCookie(string Value)
{
    public const string Name = "complaintgrid.session";

    /// <summary>Signs in through <c>POST /signin</c> and keeps the cookie it sets.</summary>
    public static async Task<SessionCookie> SignIn(Uri host, string user, string password, HttpMessageHandler? handler = null)
    {
        using var http = Client(host, handler);
        var response = await http.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = user,
            ["password"] = password,
            ["returnUrl"] = "/live/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/live/", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Name + "=", StringComparison.Ordinal));
        return new SessionCookie(cookie[(Name.Length + 1)..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    /// <summary>A GET with this cookie: 200 while the session stands, 401 once it has ended.</summary>
    public async Task<HttpStatusCode> Read(Uri host, string path = "/api/departments")
    {
        using var http = Client(host, null);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"{Name}={Value}");
        return (await http.SendAsync(request)).StatusCode;
    }

    /// <summary>A state-changing request with this cookie, sent as the board's own page sends it.</summary>
    public async Task<HttpStatusCode> Post(Uri host, string path, HttpMethod? method = null)
    {
        using var http = Client(host, null);
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, path);
        request.Headers.Add("Cookie", $"{Name}={Value}");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return (await http.SendAsync(request)).StatusCode;
    }

    /// <summary>Signs out with this cookie, as the board's sign-out button does.</summary>
    public async Task SignOut(Uri host)
    {
        using var http = Client(host, null);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/signout");
        request.Headers.Add("Cookie", $"{Name}={Value}");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static HttpClient Client(Uri host, HttpMessageHandler? handler) =>
        new(handler ?? new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host };
}
