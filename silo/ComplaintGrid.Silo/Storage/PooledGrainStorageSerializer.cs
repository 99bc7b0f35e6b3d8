using System.Buffers;
using Orleans.Serialization;
using Orleans.Storage;

namespace ComplaintGrid.Silo.Storage;

/// <summary>
/// Orleans' binary grain-state serializer, writing the same bytes as <see cref="OrleansGrainStorageSerializer"/>, into a
/// buffer kept per thread instead of a new one per write. Orleans' own starts every write at 256 bytes and doubles:
/// a complaint's state (1–2 KiB) cost three discarded buffers and a final copy per write, 11 % of a memory-storage
/// lifecycle's allocation (BENCHMARKS.md). Reading, and the streaming path, are Orleans' own.
/// </summary>
public sealed class PooledGrainStorageSerializer(Serializer serializer) : IGrainStorageSerializer, IGrainStorageStreamingSerializer
{
    /// <summary>Large enough for any complaint or view state seen so far in one piece, so a write never grows it.</summary>
    internal const int InitialBufferBytes = 16 * 1024;

    /// <summary>A thread keeps no buffer grown past this by one huge state, so a rare outlier does not stay resident.</summary>
    internal const int MaxRetainedBufferBytes = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private readonly OrleansGrainStorageSerializer _orleans = new(serializer);

    public BinaryData Serialize<T>(T? input)
    {
        // Serialization is synchronous, so no other write on this thread can use the buffer meanwhile.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(InitialBufferBytes);
        buffer.ResetWrittenCount();
        try
        {
            serializer.Serialize(input, buffer);
            // The storage keeps the bytes past this call (the memory store holds them, ADO.NET sends them later).
            return new BinaryData(buffer.WrittenSpan.ToArray());
        }
        finally
        {
            if (buffer.Capacity > MaxRetainedBufferBytes)
                t_buffer = null;
        }
    }

    public T? Deserialize<T>(BinaryData input) => _orleans.Deserialize<T>(input);

    public ValueTask SerializeAsync<T>(T? input, Stream destination, CancellationToken cancellationToken = default) =>
        _orleans.SerializeAsync(input, destination, cancellationToken);

    public ValueTask<T?> DeserializeAsync<T>(Stream input, CancellationToken cancellationToken = default) =>
        _orleans.DeserializeAsync<T>(input, cancellationToken);
}
