namespace ComplaintGrid.Api.Auth;

/// <summary>The integrations' API keys (section <c>ComplaintGrid:Api</c>). None configured: only users may call the API.</summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "ComplaintGrid:Api";

    /// <summary>The request header an API key is sent in.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>One entry per integration, so each can be scoped, limited and revoked on its own.</summary>
    public List<ApiKeyDefinition> Keys { get; set; } = [];
}
