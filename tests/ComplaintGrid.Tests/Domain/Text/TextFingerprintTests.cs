using ComplaintGrid.Domain.Text;

namespace ComplaintGrid.Tests.Domain.Text;

public sealed class TextFingerprintTests
{
    private const string Story = "The parcel never arrived and the courier says it was left with a neighbour I do not have";

    [Fact]
    public void The_same_story_under_another_number_and_in_other_case_is_identical()
    {
        var a = TextFingerprint.Of($"Order 12345: {Story}.");
        var b = TextFingerprint.Of($"ORDER 987654 — {Story.ToUpperInvariant()}!");

        Assert.Equal(1.0, a.Similarity(b));
        Assert.Equal(a.BandKeys(), b.BandKeys());
    }

    [Fact]
    public void A_story_with_a_word_changed_stays_near_and_shares_a_band()
    {
        var a = TextFingerprint.Of(Story);
        var b = TextFingerprint.Of(Story.Replace("neighbour", "neighbor", StringComparison.Ordinal));

        Assert.InRange(a.Similarity(b), 0.6, 0.99);
        Assert.NotEmpty(a.BandKeys().Intersect(b.BandKeys()));
    }

    [Fact]
    public void Different_stories_are_far_apart()
    {
        var a = TextFingerprint.Of(Story);
        var b = TextFingerprint.Of("I was charged twice for my March bill and nobody answers the phone in billing");

        Assert.Equal(0, a.Similarity(b));
    }

    [Fact]
    public void Similarity_is_the_jaccard_of_the_three_word_runs()
    {
        // "a b c d" has runs {a b c, b c d}; "a b c e" has {a b c, b c e}: one shared of three.
        var a = TextFingerprint.Of("alpha beta gamma delta");
        var b = TextFingerprint.Of("alpha beta gamma epsilon");

        Assert.Equal(1.0 / 3, a.Similarity(b), 10);
        Assert.Equal(2, a.Shingles.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ... !! ")]
    public void Blank_text_is_similar_to_nothing(string? text)
    {
        var blank = TextFingerprint.Of(text);

        Assert.True(blank.IsEmpty);
        Assert.Equal(0, blank.Similarity(blank));
        Assert.Empty(blank.BandKeys());
    }

    [Fact]
    public void Short_text_is_one_shingle()
    {
        var a = TextFingerprint.Of("Refund please");

        Assert.Single(a.Shingles);
        Assert.Equal(1.0, a.Similarity(TextFingerprint.Of("refund, PLEASE")));
    }

    [Fact]
    public void Fingerprints_are_stable_values_that_can_be_stored()
    {
        // FNV-1a and SplitMix64 are fixed: a stored key must find the same text after a restart or an upgrade, so the
        // first key of this story is pinned: a change to the hashing breaks every stored key and must be seen here.
        var keys = TextFingerprint.Of(Story).BandKeys();

        Assert.Equal(TextFingerprint.Bands, keys.Count);
        Assert.Equal(keys, TextFingerprint.Of(Story).BandKeys());
        Assert.All(keys, k => Assert.Matches("^[0-7]:[0-9a-f]{16}$", k));
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal("0:13d9e6c6ae32ce26", keys[0]);
    }
}
