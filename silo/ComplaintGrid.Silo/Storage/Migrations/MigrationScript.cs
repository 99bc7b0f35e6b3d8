using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace ComplaintGrid.Silo.Storage.Migrations;

/// <summary>
/// One numbered schema script, such as <c>0001_orleans_clustering</c>. Scripts are applied in the ordinal order
/// of their ids, each once, and never edited after release: a change is a new script.
/// </summary>
public sealed class MigrationScript
{
    private const string ScriptExtension = ".sql";

    /// <summary>Creates a script from its id (the file name without <c>.sql</c>) and its SQL text.</summary>
    public MigrationScript(string id, string sql)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        Id = id;
        Sql = sql;
        // Line endings are normalised first so a Windows checkout does not look like an edited script.
        Checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));
    }

    /// <summary>The script's id, recorded in the history table once it has been applied.</summary>
    public string Id { get; }

    /// <summary>The SQL, run as one command inside one transaction.</summary>
    public string Sql { get; }

    /// <summary>SHA-256 of the text, recorded with the id so an edited script can be noticed.</summary>
    public string Checksum { get; }

    /// <summary>
    /// The scripts embedded in <paramref name="assembly"/> (the silo by default) under
    /// <c>{dialect}/Migrations/</c>, in the order they must be applied. The silo's project file embeds
    /// <c>Storage/**/*.sql</c> with the path below <c>Storage/</c> as the resource name.
    /// </summary>
    public static IReadOnlyList<MigrationScript> LoadEmbedded(MigrationDialect dialect, Assembly? assembly = null)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        assembly ??= typeof(MigrationScript).Assembly;
        var prefix = $"{dialect.Name}/Migrations/";
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            // RecursiveDir uses the build machine's separator.
            var path = resource.Replace('\\', '/');
            if (!path.StartsWith(prefix, StringComparison.Ordinal) || !path.EndsWith(ScriptExtension, StringComparison.Ordinal))
                continue;
            var fileName = path[prefix.Length..];
            if (fileName.Contains('/', StringComparison.Ordinal))
                continue;

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded migration {resource} could not be opened.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            scripts.Add(new MigrationScript(fileName[..^ScriptExtension.Length], reader.ReadToEnd()));
        }
        scripts.Sort((left, right) => string.CompareOrdinal(left.Id, right.Id));
        return scripts;
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
