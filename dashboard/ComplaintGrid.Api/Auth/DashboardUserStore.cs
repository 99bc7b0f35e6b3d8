using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Auth;

/// <summary>
/// The users who may sign in: the configured ones, or, when none is configured, a <c>lead</c>, a
/// <c>supervisor</c> and an <c>operator</c> with random passwords made at start-up (written out by <see cref="SignInAnnouncer"/>).
/// </summary>
public sealed class DashboardUserStore
{
    /// <summary>Remembered successful checks, so Basic-authenticated integrations do not pay PBKDF2 on every call.</summary>
    private const int VerifiedCacheSize = 1024;

    /// <summary>The hash an unknown name is checked against: as slow as a real one, so no answer tells which names exist.</summary>
    internal static readonly Lazy<string> StandIn = new(() => DashboardPasswords.Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(18))));

    private readonly Dictionary<string, DashboardUser> _users;
    private readonly ConcurrentDictionary<string, SignedInUser> _verified = new(StringComparer.Ordinal);

    public DashboardUserStore(IOptions<DashboardAuthOptions> options)
    {
        var configured = options.Value.Users;
        if (configured.Count == 0)
        {
            Generated = [Generate(DashboardRoles.Lead), Generate(DashboardRoles.Supervisor), Generate(DashboardRoles.Operator)];
            configured = Generated.Select(g => new DashboardUser { Name = g.Name, Password = g.Password, Role = g.Role }).ToList();
        }
        _users = configured.ToDictionary(u => u.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Sign-ins made at start-up because none was configured; empty otherwise.</summary>
    public IReadOnlyList<GeneratedSignIn> Generated { get; } = [];

    /// <summary>The user when this very name and password were verified before: no hashing, so no turn to wait for.</summary>
    public SignedInUser? FromVerified(string name, string password) =>
        _verified.TryGetValue(VerifiedKey(name, password), out var user) ? user : null;

    /// <summary>
    /// The user's canonical name, role, departments and stamp when the password matches and the user is enabled; null
    /// otherwise. Costs one password hash whatever the outcome (unknown names and plain passwords included).
    /// </summary>
    public SignedInUser? Authenticate(string name, string password)
    {
        if (!_users.TryGetValue(name, out var user))
        {
            DashboardPasswords.Verify(StandIn.Value, password);
            return null;
        }
        var hashed = user.Password.StartsWith(DashboardPasswords.HashPrefix, StringComparison.Ordinal);
        if (!hashed)
            DashboardPasswords.Verify(StandIn.Value, password);
        if (!DashboardPasswords.Verify(user.Password, password) || user.Disabled)
            return null;
        var signedIn = new SignedInUser(user.Name, user.Role.ToLowerInvariant(), user.Departments, Stamp(user));
        if (_verified.Count < VerifiedCacheSize)
            _verified[VerifiedKey(name, password)] = signedIn;
        return signedIn;
    }

    /// <summary>
    /// Whether a session made for <paramref name="name"/> with <paramref name="stamp"/> still stands: false once the user
    /// is removed or disabled, or their password, role or departments changed.
    /// </summary>
    public bool IsCurrent(string name, string stamp) =>
        _users.TryGetValue(name, out var user) && !user.Disabled
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Stamp(user)), Encoding.ASCII.GetBytes(stamp));

    /// <summary>A digest of what a session was granted on; never the password or its hash.</summary>
    private static string Stamp(DashboardUser user)
    {
        var granted = string.Join('\n', [user.Name, user.Password, user.Role.ToLowerInvariant(), .. user.Departments]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(granted)).AsSpan(0, 16));
    }

    private static string VerifiedKey(string name, string password) =>
        name.ToLowerInvariant() + "\n" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)));

    private static GeneratedSignIn Generate(string role)
    {
        // 18 random bytes: 24 URL-safe characters, easy to paste, far beyond guessing.
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
        return new GeneratedSignIn(role, password, role);
    }
}
