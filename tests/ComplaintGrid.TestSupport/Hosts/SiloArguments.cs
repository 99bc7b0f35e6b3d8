namespace ComplaintGrid.TestSupport.Hosts;

/// <summary>
/// The command line a test gives a silo (in-process through <see cref="TestSiloHost"/> or as a <see cref="SiloProcess"/>),
/// built in one place: loopback ports of its own, a cluster id of its own, warnings only, and the users, API keys and
/// settings the test names. Users and keys are numbered here, so a fixture never has to count configuration indexes.
/// </summary>
public sealed class SiloArguments
{
    private readonly List<string> _arguments = [];
    private int _users;
    private int _keys;

    /// <summary>
    /// A silo on loopback: HTTP on a port the system picks, silo and gateway ports from <see cref="LoopbackPorts"/>,
    /// a cluster id that starts with <paramref name="clusterPrefix"/>, only warnings logged, and incident detection off:
    /// the tests file the same story again and again, which would group their complaints under incidents and add steps
    /// to their timelines. A host that tests incidents turns it on (a later <see cref="Set"/> wins).
    /// </summary>
    public static SiloArguments OnLoopback(string clusterPrefix) =>
        new SiloArguments()
            .Set("urls", "http://127.0.0.1:0")
            .Ports(LoopbackPorts.Next(), LoopbackPorts.Next())
            .ClusterId(clusterPrefix + "-" + Guid.NewGuid().ToString("N")[..8])
            .LogLevel("Default", "Warning")
            .Set("ComplaintGrid:Incidents:Enabled", "false");

    /// <summary>Sets one configuration key (<c>--key value</c>).</summary>
    public SiloArguments Set(string key, object value)
    {
        _arguments.Add("--" + key);
        _arguments.Add(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return this;
    }

    /// <summary>The silo-to-silo and client gateway ports.</summary>
    public SiloArguments Ports(int siloPort, int gatewayPort) =>
        Set("ComplaintGrid:Silo:SiloPort", siloPort).Set("ComplaintGrid:Silo:GatewayPort", gatewayPort);

    public SiloArguments ClusterId(string clusterId) => Set("ComplaintGrid:Silo:ClusterId", clusterId);

    /// <summary>The storage profile (Embedded by default; Memory for tests that are not about storage).</summary>
    public SiloArguments Profile(string profile) => Set("ComplaintGrid:Silo:Profile", profile);

    /// <summary>The embedded profile's SQLite file.</summary>
    public SiloArguments EmbeddedDatabase(string path) => Set("ComplaintGrid:Embedded:DatabasePath", path);

    /// <summary>The least level logged for a category (<c>Default</c> for every category).</summary>
    public SiloArguments LogLevel(string category, string level) => Set("Logging:LogLevel:" + category, level);

    /// <summary>A dashboard user; <paramref name="password"/> may be plain or hashed, as in a deployment's configuration.</summary>
    public SiloArguments User(string name, string password, string role, params string[] departments) =>
        User(name, password, role, disabled: false, departments);

    /// <summary>A dashboard user that may be disabled, as an operator switches one off without deleting it.</summary>
    public SiloArguments User(string name, string password, string role, bool disabled, params string[] departments)
    {
        var prefix = $"ComplaintGrid:Dashboard:Users:{_users++}:";
        Set(prefix + "Name", name).Set(prefix + "Password", password).Set(prefix + "Role", role);
        if (disabled)
            Set(prefix + "Disabled", true);
        for (var i = 0; i < departments.Length; i++)
            Set(prefix + $"Departments:{i}", departments[i]);
        return this;
    }

    /// <summary>An API key with its scopes; <paramref name="key"/> may be plain or hashed.</summary>
    public SiloArguments ApiKey(string name, string key, params string[] scopes) => ApiKey(name, key, rate: null, scopes);

    /// <summary>An API key with a rate limit of its own (permits a second, burst).</summary>
    public SiloArguments ApiKey(string name, string key, (double PermitsPerSecond, int Burst)? rate, params string[] scopes)
    {
        var prefix = $"ComplaintGrid:Api:Keys:{_keys++}:";
        Set(prefix + "Name", name).Set(prefix + "Key", key);
        for (var i = 0; i < scopes.Length; i++)
            Set(prefix + $"Scopes:{i}", scopes[i]);
        if (rate is { } limit)
            Set(prefix + "PermitsPerSecond", limit.PermitsPerSecond).Set(prefix + "Burst", limit.Burst);
        return this;
    }

    /// <summary>Routes every complaint category to one department of its own (created here), so its figures are the test's alone.</summary>
    public SiloArguments EverythingTo(string departmentId, string departmentName)
    {
        Set("ComplaintGrid:Routing:Departments:0:Id", departmentId).Set("ComplaintGrid:Routing:Departments:0:Name", departmentName);
        foreach (var category in Enum.GetNames<Category>())
            Set("ComplaintGrid:Routing:Routes:" + category, departmentId);
        return this;
    }

    /// <summary>Arguments as they are (a switch such as <c>--simulate</c>, or a block built elsewhere).</summary>
    public SiloArguments Add(params IEnumerable<string> arguments)
    {
        _arguments.AddRange(arguments);
        return this;
    }

    public string[] ToArray() => [.. _arguments];

    public static implicit operator string[](SiloArguments arguments) => arguments.ToArray();
}
