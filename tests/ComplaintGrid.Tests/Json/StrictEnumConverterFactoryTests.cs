using System.Text.Json;

namespace ComplaintGrid.Tests.Json;

/// <summary>Enums as <see cref="ComplaintGridJson"/> reads them: a name in any case, and nothing else.</summary>
public sealed class StrictEnumConverterFactoryTests
{
    private static readonly JsonSerializerOptions Options = ComplaintGridJson.Options;

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
