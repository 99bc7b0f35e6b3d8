using ComplaintGrid.Api.Auth;
using ComplaintGrid.IntegrationTests.Api;
using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>Counts the cases of one fuzz test and collects every failure, so one run reports all of them at once.</summary>
public sealed class FuzzRun(ITestOutputHelper output, string what)
{
    /// <summary>The fixed seed of every generated value: a failure reproduces on the next run.</summary>
    public const int Seed = 20_260_308;

    private readonly List<string> _failures = [];

    public int Cases { get; private set; }

    /// <summary>An HTTP client with the fixture's all-scope fuzz key, whose rate limit the fuzzing cannot reach.</summary>
    public static HttpClient Client(SiloHostFixture host)
    {
        var http = new HttpClient { BaseAddress = host.Http.BaseAddress };
        http.DefaultRequestHeaders.Add(ApiKeyOptions.HeaderName, SiloHostFixture.FuzzKey);
        return http;
    }

    /// <summary>Records one case; <paramref name="failure"/> is null when the answer was right.</summary>
    public void Record(string testCase, string? failure)
    {
        Cases++;
        if (failure is not null)
            _failures.Add($"{testCase}: {failure}");
    }

    /// <summary>A failure that is not one request's answer (state changed, the valid body refused).</summary>
    public void Fail(string failure) => _failures.Add(failure);

    /// <summary>Prints the count and asserts no failures and at least <paramref name="minimum"/> cases.</summary>
    public void Finish(int minimum)
    {
        output.WriteLine($"{what}: {Cases} cases tried, {_failures.Count} failed (seed {Seed})");
        foreach (var failure in _failures.Take(200))
            output.WriteLine("  " + failure);
        Assert.True(_failures.Count == 0, $"{_failures.Count} of {Cases} cases failed:\n" + string.Join("\n", _failures.Take(60)));
        Assert.True(Cases >= minimum, $"only {Cases} cases tried (at least {minimum} expected): is the generator finding the endpoints?");
    }
}
