using System.Text.Json;
using ComplaintGrid.Api.Json;

namespace ComplaintGrid.IntegrationTests.Json;

public sealed class StrictEnumConverterFactoryTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new StrictEnumConverterFactory() } };

    [Theory]
    [InlineData("\"Phone\"", Channel.Phone)]
    [InlineData("\"inperson\"", Channel.InPerson)]
    [InlineData("\"EMAIL\"", Channel.Email)]
    public void Read_NameInAnyCase_IsThatValue(string json, Channel expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize<Channel>(json, Options));

    [Theory]
    [InlineData("\"Email,Chat\"")] // Enum.TryParse ORs these into Web
    [InlineData("\" Phone\"")]
    [InlineData("\"Phone \"")]
    [InlineData("\" 1\"")]
    [InlineData("\"+1\"")]
    [InlineData("\"1\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"Fax\"")]
    [InlineData("\"\"")]
    [InlineData("1")]
    [InlineData("null")]
    public void Read_AnythingButAName_IsRefusedListingTheNames(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Channel>(json, Options));

        Assert.Equal("must be one of Phone, Email, Chat, Web, Social, InPerson.", error.Message);
    }
}
