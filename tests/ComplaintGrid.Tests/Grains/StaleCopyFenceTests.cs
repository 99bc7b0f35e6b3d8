using ComplaintGrid.Grains.StaleCopies;

namespace ComplaintGrid.Tests.Grains;

/// <summary>Which complaint copies write before their first read: those activated around a silo's death, for a while.</summary>
public sealed class StaleCopyFenceTests
{
    private static readonly TimeSpan Death = TimeSpan.FromHours(3);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    [Fact]
    public void NoDeathLearned_NoCopyWritesFirst() =>
        Assert.False(StaleCopyFence.Required(Death, lastDeath: null, Window));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(299)]
    [InlineData(300)]
    public void CopyActivatedAfterTheDeath_WithinTheWindow_WritesFirst(int secondsAfter) =>
        Assert.True(StaleCopyFence.Required(Death + TimeSpan.FromSeconds(secondsAfter), Death, Window));

    [Fact]
    public void CopyActivatedAfterTheWindow_DoesNotWriteFirst() =>
        Assert.False(StaleCopyFence.Required(Death + Window + TimeSpan.FromSeconds(1), Death, Window));

    [Fact]
    public void CopyActivatedShortlyBeforeThisSiloLearned_WritesFirst_SinceAnotherSiloMayHaveLearnedFirst() =>
        Assert.True(StaleCopyFence.Required(Death - StaleCopyFence.LearnedLate, Death, Window));

    [Fact]
    public void CopyActivatedLongBeforeTheDeath_DoesNotWriteFirst() =>
        Assert.False(StaleCopyFence.Required(Death - StaleCopyFence.LearnedLate - TimeSpan.FromSeconds(1), Death, Window));

    [Fact]
    public void WindowZero_TurnsItOff() =>
        Assert.False(StaleCopyFence.Required(Death, Death, TimeSpan.Zero));
}
