using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Dashboard.Auth;

/// <summary>
/// The users who may sign in: the configured ones, or, when none is configured, a <c>lead</c>, a
/// <c>supervisor</c> and an <c>operator</c> with random passwords made at start-up (logged once by <see cref="SignInAnnouncer"/>).
/// </summary>
public sealed class DashboardUserStore
{
    /// <summary>Remembered successful checks, so Basic-authenticated integrations do not pay PBKDF2 on every call.</summary>
    private const int VerifiedCacheSize = 1024;

    private readonly Dictionary<string, DashboardUser> _users;
    private readonly ConcurrentDictionary<string, string> _verified = new(StringComparer.Ordinal);

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

    /// <summary>The user's canonical name, role and departments when the password matches; null otherwise.</summary>
    public SignedInUser? Authenticate(string name, string password)
    {
        if (!_users.TryGetValue(name, out var user))
        {
            // Same work for an unknown name as for a wrong password: no hint which names exist.
            DashboardPasswords.Verify(DashboardPasswords.HashPrefix, password);
            return null;
        }
        var key = user.Name + "\n" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)));
        if (!_verified.ContainsKey(key))
        {
            if (!DashboardPasswords.Verify(user.Password, password))
                return null;
            if (_verified.Count < VerifiedCacheSize)
                _verified[key] = user.Name;
        }
        return new SignedInUser(user.Name, user.Role.ToLowerInvariant(), user.Departments);
    }

    private static GeneratedSignIn Generate(string role)
    {
        // 18 random bytes: 24 URL-safe characters, easy to paste, far beyond guessing.
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
        return new GeneratedSignIn(role, password, role);
    }
}
