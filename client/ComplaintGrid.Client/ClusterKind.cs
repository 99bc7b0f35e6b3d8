namespace ComplaintGrid.Client;

/// <summary>How the client finds the cluster's gateways.</summary>
public enum ClusterKind
{
    /// <summary>One silo on this machine (the embedded profile): gateway on localhost.</summary>
    Localhost,

    /// <summary>A cluster whose membership is in PostgreSQL: gateways are read from it.</summary>
    Postgres,
}
