namespace ComplaintGrid.Silo.Storage.Migrations;

/// <summary>
/// The database lacks schema migrations this silo needs. The message says which, where (never with the
/// password) and which command applies them.
/// </summary>
public sealed class SchemaOutOfDateException : InvalidOperationException
{
    /// <summary>Creates the exception from the status that showed the gap.</summary>
    public SchemaOutOfDateException(SchemaStatus status)
        : base(status?.Describe())
    {
        ArgumentNullException.ThrowIfNull(status);
        Status = status;
    }

    /// <summary>The comparison of applied and expected migrations.</summary>
    public SchemaStatus Status { get; }
}
