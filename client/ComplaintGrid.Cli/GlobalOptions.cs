using System.CommandLine;
using ComplaintGrid.Client;

namespace ComplaintGrid.Cli;

/// <summary>
/// Where the cluster is and how the CLI talks to it. Each option is applied only when given, so
/// configuration (<c>ComplaintGrid__Client__GatewayPort</c> and friends) still works underneath.
/// </summary>
internal static class GlobalOptions
{
    public static readonly Option<int?> GatewayPort = new("--gateway-port")
    {
        Description = "Localhost cluster: the silo's gateway port (default 30000).",
        Recursive = true,
    };

    public static readonly Option<ClusterKind?> Cluster = CliOptions.Enum<ClusterKind?>("--cluster",
        "localhost (one silo on this machine) or postgres (membership in PostgreSQL).", recursive: true);

    public static readonly Option<string?> Postgres = new("--postgres")
    {
        Description = "Postgres cluster: the membership database's connection string.",
        Recursive = true,
    };

    public static readonly Option<string?> ClusterId = new("--cluster-id")
    {
        Description = "The silos' cluster id (default complaintgrid).",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Write JSON (camelCase, enums as names) for scripts instead of text for people.",
        Recursive = true,
    };

    public static readonly Option<double> Timeout = CliOptions.Positive("--timeout",
        "Seconds to wait for the cluster, connecting and retrying included.", 30, recursive: true);

    public static readonly Option<int?> Attempts = CliOptions.Within(new("--attempts")
    {
        Description = "Attempts for connecting and for each call when the cluster fails (1-20, default 6: about 10 s of retries).",
        Recursive = true,
    }, 1, 20);

    public static IEnumerable<Option> All => [GatewayPort, Cluster, Postgres, ClusterId, Json, Timeout, Attempts];

    /// <summary>The client options the user asked for, over whatever configuration set.</summary>
    public static void Apply(ParseResult parse, ComplaintGridClientOptions options)
    {
        if (parse.GetValue(GatewayPort) is { } port)
            options.GatewayPort = port;
        if (parse.GetValue(Cluster) is { } cluster)
            options.Cluster = cluster;
        if (parse.GetValue(Postgres) is { } postgres)
            options.PostgresConnectionString = postgres;
        if (parse.GetValue(ClusterId) is { } clusterId)
            options.ClusterId = clusterId;
        if (parse.GetValue(Attempts) is { } attempts)
            options.MaxAttempts = attempts;
    }
}
