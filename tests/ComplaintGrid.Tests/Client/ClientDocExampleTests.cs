using ComplaintGrid.Client;
using ComplaintGrid.Tests.Grains;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Tests.Client;

[Collection(ClusterCollection.Name)]
public sealed class ClientDocExampleTests(ClusterFixture fixture)
{
    [Fact]
    public async Task DocExample_AgainstACluster_FilesAndAcknowledgesAndReportsTheRefusal()
    {
        var client = new ComplaintGridClient(fixture.Grains, Options.Create(new ComplaintGridClientOptions()), NullLogger<ComplaintGridClient>.Instance);

        var id = await ClientDocExample.FileAndAcknowledge(client);

        var view = await client.Get(id);
        Assert.Equal(ComplaintStatus.Acknowledged, view.Status);
    }

    [Theory]
    [InlineData("connect")]
    [InlineData("use")]
    public void ClientDoc_ContainsTheCompiledExampleVerbatim(string block)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "ComplaintGrid.Tests", "Client", "ClientDocExample.cs"));
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "client.md"));

        Assert.Contains(Normalize(Between(source, $"// docs/client.md:begin {block}", "// docs/client.md:end")), Normalize(doc), StringComparison.Ordinal);
    }

    private static string Between(string text, string begin, string end)
    {
        var start = text.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        return text[(text.IndexOf('\n', start) + 1)..text.IndexOf(end, start, StringComparison.Ordinal)];
    }

    /// <summary>Compares line by line without indentation, which differs between a class body and a block in the doc.</summary>
    private static string Normalize(string text) =>
        string.Join('\n', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
