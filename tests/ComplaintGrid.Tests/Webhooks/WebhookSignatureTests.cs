using System.Security.Cryptography;
using System.Text;

namespace ComplaintGrid.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec-0123456789abcdef";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"complaintId\":\"CMP-1\",\"sequence\":2}");

    [Fact]
    public void Compute_IsHmacSha256OverTimestampDotBody_AsLowercaseHex()
    {
        var timestamp = Now.ToUnixTimeSeconds();
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{timestamp}.{Encoding.UTF8.GetString(Body)}")));

        Assert.Equal("sha256=" + expected, WebhookSignature.Compute(Secret, timestamp, Body));
    }

    [Fact]
    public void Verify_SignatureOfThisBodyAndTimestamp_Succeeds()
    {
        var timestamp = Now.ToUnixTimeSeconds();
        var signature = WebhookSignature.Compute(Secret, timestamp, Body);

        Assert.True(WebhookSignature.Verify(Secret, timestamp.ToString(), signature, Body, Now.AddSeconds(30), WebhookSignature.DefaultTolerance));
    }

    [Fact]
    public void Verify_ChangedBodyWrongSecretOrMovedTimestamp_Fails()
    {
        var timestamp = Now.ToUnixTimeSeconds();
        var signature = WebhookSignature.Compute(Secret, timestamp, Body);
        var changed = Body.ToArray();
        changed[^2] = (byte)'3';

        Assert.False(WebhookSignature.Verify(Secret, timestamp.ToString(), signature, changed, Now, WebhookSignature.DefaultTolerance));
        Assert.False(WebhookSignature.Verify("another-secret-0123456", timestamp.ToString(), signature, Body, Now, WebhookSignature.DefaultTolerance));
        Assert.False(WebhookSignature.Verify(Secret, (timestamp + 1).ToString(), signature, Body, Now, WebhookSignature.DefaultTolerance));
    }

    [Fact]
    public void Verify_TimestampOutsideTolerance_FailsSoAReplayGoesStale()
    {
        var timestamp = Now.ToUnixTimeSeconds();
        var signature = WebhookSignature.Compute(Secret, timestamp, Body);

        Assert.False(WebhookSignature.Verify(Secret, timestamp.ToString(), signature, Body, Now.AddMinutes(6), WebhookSignature.DefaultTolerance));
        Assert.False(WebhookSignature.Verify(Secret, timestamp.ToString(), signature, Body, Now.AddMinutes(-6), WebhookSignature.DefaultTolerance));
    }

    [Theory]
    [InlineData(null, "sha256=00")]
    [InlineData("not-a-number", "sha256=00")]
    [InlineData("1772442000", null)]
    public void Verify_MissingOrMalformedHeaders_Fails(string? timestamp, string? signature) =>
        Assert.False(WebhookSignature.Verify(Secret, timestamp, signature, Body, Now, WebhookSignature.DefaultTolerance));
}
