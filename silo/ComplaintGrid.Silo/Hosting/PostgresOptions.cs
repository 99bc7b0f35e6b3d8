namespace ComplaintGrid.Silo.Hosting;

/// <summary>The PostgreSQL profile's database (configuration section <c>ComplaintGrid:Postgres</c>).</summary>
public sealed class PostgresOptions
{
    public const string SectionName = "ComplaintGrid:Postgres";

    /// <summary>An Npgsql connection string; keep the password in an environment variable, not in a file.</summary>
    public string? ConnectionString { get; set; }
}
