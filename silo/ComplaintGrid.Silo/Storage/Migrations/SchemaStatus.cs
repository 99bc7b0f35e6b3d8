namespace ComplaintGrid.Silo.Storage.Migrations;

/// <summary>What a database has applied compared with what this build of the silo expects.</summary>
public sealed class SchemaStatus
{
    /// <summary>Builds the comparison; lists keep the order they are given in.</summary>
    public SchemaStatus(MigrationDialect dialect, string location, IReadOnlyList<string> applied,
        IReadOnlyList<string> expected, IReadOnlyList<string> changed)
    {
        Dialect = dialect;
        Location = location;
        Applied = applied;
        Expected = expected;
        Changed = changed;
        Missing = expected.Except(applied, StringComparer.Ordinal).ToList();
        Unknown = applied.Except(expected, StringComparer.Ordinal).ToList();
    }

    /// <summary>The kind of database.</summary>
    public MigrationDialect Dialect { get; }

    /// <summary>Where the database is, without credentials (for example <c>Host=db;Port=5432;Database=complaintgrid</c>).</summary>
    public string Location { get; }

    /// <summary>Migration ids recorded in the database, in id order.</summary>
    public IReadOnlyList<string> Applied { get; }

    /// <summary>Migration ids this silo ships, in the order they apply.</summary>
    public IReadOnlyList<string> Expected { get; }

    /// <summary>Expected migrations the database has not applied: the silo must not start until they are.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>
    /// Applied migrations this silo does not know: a newer silo migrated the database. Tolerated, because
    /// migrations only add, so older silos keep working during a rolling upgrade.
    /// </summary>
    public IReadOnlyList<string> Unknown { get; }

    /// <summary>Applied migrations whose recorded checksum differs from the script this silo ships.</summary>
    public IReadOnlyList<string> Changed { get; }

    /// <summary>True when nothing this silo needs is missing.</summary>
    public bool IsCurrent => Missing.Count == 0;

    /// <summary>One sentence for an operator; names the <c>migrate</c> command when something is missing.</summary>
    public string Describe()
    {
        var database = $"The {Dialect.DisplayName} database at {Location}";
        return IsCurrent
            ? $"{database} has every schema migration this silo needs [{string.Join(", ", Expected)}]."
            : $"{database} has schema migrations [{string.Join(", ", Applied)}] but this silo needs [{string.Join(", ", Expected)}]. Run: {SchemaMigrator.MigrateCommand}";
    }

    /// <inheritdoc />
    public override string ToString() => Describe();
}
