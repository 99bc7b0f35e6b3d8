namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>
/// Hostile route parameters, already percent-encoded as they travel: dot segments, encoded slashes, control
/// characters, other scripts, invalid UTF-8 and ids of every wrong length. None is a well-formed id of any kind.
/// </summary>
public static class HostileIds
{
    /// <summary>Kestrel's request-line limit (8 KiB): a longer id is refused before the app runs (414, no body).</summary>
    public const int LongestRequestLine = 8 * 1024;

    public static IReadOnlyList<string> Any { get; } =
    [
        ".", "..", "%2E%2E", "..%2F..%2Fetc%2Fpasswd", "a%2Fb", "%2F", "%5C", "a%5Cb", "%00", "a%07b", "%1B%5B31m", "%20", "a%20b", "%09",
        "%E2%80%AE", "caf%C3%A9", "%D0%B0gent", "%E6%8A%95%E8%AF%89", "%F0%9F%98%80", "%FF%FE", "%C0%AF", "%", "%zz", "a%25b",
        "a;b", "a%3Fb", "a%23b", "a%2Cb", "%22%3E%3Cscript%3E", "a'b", "a*b", "~", "a%2Bb",
        new string('x', FieldLimits.IdentifierMaxLength + 1), new string('x', 7 * 1024),
    ];

    /// <summary>Shapes that only a complaint id must refuse (a customer id may look like this).</summary>
    public static IReadOnlyList<string> ComplaintOnly { get; } =
    [
        "cmp-0000000000000", "CMP-000000000000", "CMP-00000000000000", "CMP-0000000000OIL", "CMP-0000000000000%2F..", "CMP-%2E%2E", "0000000000000",
    ];

    /// <summary>Longer than the request line allows: the server must still answer 414, not drop the connection.</summary>
    public static string OverTheLineLimit { get; } = new('x', 10 * 1024);
}
