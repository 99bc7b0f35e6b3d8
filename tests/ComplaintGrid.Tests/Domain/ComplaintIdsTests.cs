namespace ComplaintGrid.Tests.Domain;

public sealed class ComplaintIdsTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    // The expected ids below were computed apart from this code, with Python's hmac and hashlib.
    private static readonly byte[] Secret = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] OtherSecret = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void For_KnownSecret_IsHmacSha256OfCustomerAndKey()
    {
        Assert.Equal("CMP-EBW5YKSP3Z7BR", ComplaintIds.For("cust-1", "key-1", Secret));
    }

    [Fact]
    public void Unkeyed_KnownInput_IsTheIdIssuedBeforeIdsWereKeyed()
    {
        Assert.Equal("CMP-AG53WHY5PMG19", ComplaintIds.Unkeyed("cust-1", "key-1"));
    }

    [Fact]
    public void For_AnySecret_IsNotTheUnkeyedId()
    {
        Assert.NotEqual(ComplaintIds.Unkeyed("cust-1", "key-1"), ComplaintIds.For("cust-1", "key-1", Secret));
    }

    [Fact]
    public void For_DifferentSecrets_GiveDifferentIds()
    {
        Assert.NotEqual(ComplaintIds.For("cust-1", "key-1", Secret), ComplaintIds.For("cust-1", "key-1", OtherSecret));
    }

    [Fact]
    public void For_EmptySecret_Throws()
    {
        Assert.Throws<ArgumentException>(() => ComplaintIds.For("cust-1", "key-1", []));
    }

    [Fact]
    public void For_SameCustomerAndKey_IsDeterministic()
    {
        Assert.Equal(ComplaintIds.For("cust-1", "key-1", Secret), ComplaintIds.For("cust-1", "key-1", Secret));
    }

    [Fact]
    public void For_AnyInput_Is17CharactersWithPrefixAndCrockfordAlphabet()
    {
        var id = ComplaintIds.For("cust-1", "key-1", Secret);

        Assert.Equal(17, id.Length);
        Assert.StartsWith("CMP-", id, StringComparison.Ordinal);
        Assert.Equal(ComplaintIds.Prefix, id[..4]);
        Assert.All(id[4..], c => Assert.Contains(c, Alphabet));
        Assert.True(ComplaintIds.IsWellFormed(id));
    }

    [Fact]
    public void For_DifferentKeysOrCustomers_GiveDifferentIds()
    {
        var ids = new[]
        {
            ComplaintIds.For("cust-1", "key-1", Secret),
            ComplaintIds.For("cust-1", "key-2", Secret),
            ComplaintIds.For("cust-2", "key-1", Secret),
            ComplaintIds.For("cust-1key-1", "", Secret),
            ComplaintIds.For("cust-", "1key-1", Secret),
        };

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void For_ManyKeys_NoCollisionsAndAllWellFormed()
    {
        var ids = Enumerable.Range(0, 10_000).Select(i => ComplaintIds.For("cust-1", $"key-{i}", Secret)).ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(ComplaintIds.IsWellFormed(id)));
    }

    [Fact]
    public void For_NullArgument_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ComplaintIds.For(null!, "key", Secret));
        Assert.Throws<ArgumentNullException>(() => ComplaintIds.For("cust", null!, Secret));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("CMP-")]
    [InlineData("CMP-0123456789AB")]
    [InlineData("CMP-0123456789ABCD")]
    [InlineData("cmp-0123456789ABC")]
    [InlineData("CMX-0123456789ABC")]
    [InlineData("CMP-0123456789abc")]
    [InlineData("CMP-0123456789ABI")]
    [InlineData("CMP-0123456789ABL")]
    [InlineData("CMP-0123456789ABO")]
    [InlineData("CMP-0123456789ABU")]
    [InlineData("CMP-0123456789AB-")]
    public void IsWellFormed_WrongShape_IsFalse(string? id)
    {
        Assert.False(ComplaintIds.IsWellFormed(id));
    }

    [Fact]
    public void IsWellFormed_RightShape_IsTrue()
    {
        Assert.True(ComplaintIds.IsWellFormed("CMP-0123456789ABZ"));
    }
}
