using ComplaintGrid.Silo.Tracing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.IntegrationTests.Tracing;

public sealed class TracingOptionsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>($"{TracingOptions.SectionName}:{v.Key}", v.Value)))
            .Build();

    [Fact]
    public void Read_NothingConfigured_TracingIsOff()
    {
        var options = TracingSetup.Read(Configuration());

        Assert.False(options.Enabled);
        Assert.Equal("complaintgrid-silo", options.ServiceName);
        Assert.Equal(1.0, options.SamplingRatio);
    }

    [Fact]
    public void Read_BadValues_NamesEachKey()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => TracingSetup.Read(Configuration(
            ("OtlpEndpoint", "collector:4318"),
            ("SamplingRatio", "1.5"),
            ("ServiceName", "complaint grid"))));

        Assert.Contains("ComplaintGrid:Tracing:OtlpEndpoint must be an absolute http or https URL (got 'collector:4318').", ex.Failures);
        Assert.Contains("ComplaintGrid:Tracing:SamplingRatio must be from 0 to 1.", ex.Failures);
        Assert.Contains(ex.Failures, f => f.StartsWith("ComplaintGrid:Tracing:ServiceName may contain only", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownProtocol_NamesTheChoices()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => TracingSetup.Read(Configuration(("OtlpProtocol", "Carrier-Pigeon"))));

        Assert.Contains("OtlpProtocol", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://collector:4318", "HttpProtobuf", "http://collector:4318/v1/traces")]
    [InlineData("http://collector:4318/", "HttpProtobuf", "http://collector:4318/v1/traces")]
    [InlineData("https://gateway.example/otlp", "HttpProtobuf", "https://gateway.example/otlp/v1/traces")]
    [InlineData("http://collector:4317", "Grpc", "http://collector:4317/")]
    public void ExportEndpoint_AppendsTheTracesPathOverHttpOnly(string endpoint, string protocol, string expected)
    {
        var options = TracingSetup.Read(Configuration(("OtlpEndpoint", endpoint), ("OtlpProtocol", protocol)));

        Assert.Equal(new Uri(expected), TracingSetup.ExportEndpoint(options));
    }
}
