using System.Net.Http.Headers;
using System.Text;

namespace ComplaintGrid.TestSupport.Http;

/// <summary>HTTP Basic credentials, as the tests sign in to the API and the dashboard.</summary>
public static class BasicAuth
{
    public static AuthenticationHeaderValue Header(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    /// <summary>A new client for <paramref name="address"/> that signs in as <paramref name="user"/>; the caller disposes it.</summary>
    public static HttpClient Client(Uri address, string user, string password, HttpMessageHandler? handler = null)
    {
        var http = handler is null ? new HttpClient() : new HttpClient(handler);
        http.BaseAddress = address;
        http.DefaultRequestHeaders.Authorization = Header(user, password);
        return http;
    }
}
