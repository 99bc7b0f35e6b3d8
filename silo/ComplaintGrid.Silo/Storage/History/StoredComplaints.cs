using System.Data.Common;
using ComplaintGrid.Domain.Lifecycle;
using Dapper;
using Orleans.Serialization;

namespace ComplaintGrid.Silo.Storage.History;

/// <summary>
/// Reads the complaints' own stored state straight from Orleans' grain storage table (no silo needed), for the history's
/// check and rebuild. Rows of other grains' state do not read as a complaint and are passed over.
/// </summary>
public sealed class StoredComplaints(DbDataSource database)
{
    private readonly PooledGrainStorageSerializer _serializer = new(new ServiceCollection()
        .AddSerializer(s => s.AddAssembly(typeof(ComplaintState).Assembly).AddAssembly(typeof(ComplaintEvent).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>());

    /// <summary>Every filed complaint's stored state, in no particular order.</summary>
    public async IAsyncEnumerable<ComplaintState> ReadAll([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var payload in await Payloads(cancellationToken))
        {
            if (Read(payload) is { Filed: true } state)
                yield return state;
        }
    }

    /// <summary>
    /// Every stored state, read whole and the connection closed before the caller sees one: the embedded file lets one
    /// connection in at a time, and the rebuild writes as it goes.
    /// </summary>
    private async Task<IEnumerable<byte[]>> Payloads(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync<byte[]>(new CommandDefinition(
            "SELECT PayloadBinary FROM OrleansStorage WHERE PayloadBinary IS NOT NULL", cancellationToken: cancellationToken));
    }

    private ComplaintState? Read(byte[] payload)
    {
        try
        {
            return _serializer.Deserialize<ComplaintState>(new BinaryData(payload));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Another grain's state (a view, a key ring) fails in whichever way its bytes meet the complaint's codec.
            return null;
        }
    }
}
