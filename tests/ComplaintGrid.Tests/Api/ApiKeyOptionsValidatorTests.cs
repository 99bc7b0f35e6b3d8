using ComplaintGrid.Api.Auth;

namespace ComplaintGrid.Tests.Api;

public sealed class ApiKeyOptionsValidatorTests
{
    private static ApiKeyDefinition Key(string name, string key, params string[] scopes) => new() { Name = name, Key = key, Scopes = [.. scopes] };

    [Fact]
    public void Validate_BadKeys_NamesEachKeyAndNeverItsValue()
    {
        var secret = "a-perfectly-long-secret-key";
        var options = new ApiKeyOptions
        {
            Keys =
            [
                Key("crm", secret, "read"),
                Key("crm", "another-long-enough-key-123", "read"),
                Key("ivr", "", "file"),
                Key("forms", "yet-another-long-enough-key", "write"),
                Key("copy", ApiKeyHashes.Hash(secret), "act"),
                Key("short", "tiny", "read"),
                Key("none", "one-more-long-enough-key-42"),
                Key("System", "a-key-named-like-the-system-1", "act"),
            ],
        };

        var result = new ApiKeyOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToArray();
        Assert.Contains("ComplaintGrid:Api:Keys:1:Name 'crm' is configured twice.", failures);
        Assert.Contains(failures, f => f.StartsWith("ComplaintGrid:Api:Keys:2:Key is required", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("ComplaintGrid:Api:Keys:3:Scopes has 'write'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("ComplaintGrid:Api:Keys:4:Key is the same key as 'crm'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("ComplaintGrid:Api:Keys:5:Key must be at least", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("ComplaintGrid:Api:Keys:6:Scopes must name", StringComparison.Ordinal));
        // A key acts as its name: a timeline entry by "system" must always be ComplaintGrid's own.
        Assert.Contains(failures, f => f.StartsWith("ComplaintGrid:Api:Keys:7:Name 'System' is reserved", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_GoodKeys_Succeeds() =>
        Assert.True(new ApiKeyOptionsValidator().Validate(null, new ApiKeyOptions
        {
            Keys = [Key("crm", ApiKeyHashes.Hash(ApiKeyHashes.NewKey()), "read", "ACT"), Key("forms", ApiKeyHashes.NewKey(), "file")],
        }).Succeeded);
}
