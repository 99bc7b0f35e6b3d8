namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>
/// Hostile route parameters, already percent-encoded as they travel: dot segments, encoded slashes, control
/// characters, other scripts, invalid UTF-8 and ids of every wrong length. None is a well-formed id of any kind.
/// </summary>
public static class HostileIds
{
    public static IReadOnlyList<string> Any { get; } =
    [
        ".", "..", "%2E%2E", "..%2F..%2Fetc%2Fpasswd", "a%2Fb", "%2F", "%5C", "a%5Cb", "a%07b", "%1B%5B31m", "%20", "a%20b", "%09",
        "%E2%80%AE", "caf%C3%A9", "%D0%B0gent", "%E6%8A%95%E8%AF%89", "%F0%9F%98%80", "%FF%FE", "%C0%AF", "%", "%zz", "a%25b",
        "a;b", "a%3Fb", "a%23b", "a%2Cb", "%22%3E%3Cscript%3E", "a'b", "a*b", "~", "a%2Bb",
        new string('x', FieldLimits.IdentifierMaxLength + 1), new string('x', 7 * 1024),
    ];

    /// <summary>Shapes that only a complaint id must refuse (a customer id may look like this).</summary>
    public static IReadOnlyList<string> ComplaintOnly { get; } =
    [
        "cmp-0000000000000", "CMP-000000000000", "CMP-00000000000000", "CMP-0000000000OIL", "CMP-0000000000000%2F..", "CMP-%2E%2E", "0000000000000",
    ];

    /// <summary>
    /// Refused by Kestrel itself before any app code runs, with its bare status and no body: a request line longer
    /// than 8 KiB (414), and a NUL in the decoded path (400). The server must still answer, not drop the connection.
    /// </summary>
    public static IReadOnlyList<(string Id, int Status)> RefusedByKestrel { get; } = [(new string('x', 10 * 1024), 414), ("%00", 400), ("a%00b", 400)];
}
