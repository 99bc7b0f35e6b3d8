using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace ComplaintGrid.Tests.Storage;

/// <summary>The silo's grain-state serializer writes exactly Orleans' own bytes, whatever the size and however many threads.</summary>
public sealed class PooledGrainStorageSerializerTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    private readonly PooledGrainStorageSerializer _pooled;
    private readonly OrleansGrainStorageSerializer _orleans;

    public PooledGrainStorageSerializerTests()
    {
        var serializer = new ServiceCollection()
            .AddSerializer(b => b.AddAssembly(typeof(ComplaintState).Assembly).AddAssembly(typeof(ComplaintEvent).Assembly))
            .BuildServiceProvider()
            .GetRequiredService<Serializer>();
        _pooled = new PooledGrainStorageSerializer(serializer);
        _orleans = new OrleansGrainStorageSerializer(serializer);
    }

    [Fact]
    public void Serialize_ComplaintState_WritesOrleansBytesAndReadsBack()
    {
        var state = StateWith("c-1", entries: 11, detail: "Root cause: courier error. Accountable: courier.");

        var bytes = _pooled.Serialize(state);

        Assert.Equal(_orleans.Serialize(state).ToArray(), bytes.ToArray());
        var read = _pooled.Deserialize<ComplaintState>(bytes)!;
        Assert.Equal(state.Id, read.Id);
        Assert.Equal(state.Timeline, read.Timeline);
    }

    [Fact]
    public void Serialize_StateLargerThanAnyKeptBuffer_IsWrittenWholeAndTheNextSmallOneStaysRight()
    {
        var huge = StateWith("c-huge", entries: 3, detail: new string('x', PooledGrainStorageSerializer.MaxRetainedBufferBytes));
        var small = StateWith("c-small", entries: 2, detail: "On it.");

        var hugeBytes = _pooled.Serialize(huge).ToArray();
        var smallBytes = _pooled.Serialize(small).ToArray();

        Assert.True(hugeBytes.Length > PooledGrainStorageSerializer.MaxRetainedBufferBytes);
        Assert.Equal(_orleans.Serialize(huge).ToArray(), hugeBytes);
        Assert.Equal(_orleans.Serialize(small).ToArray(), smallBytes);
    }

    [Fact]
    public void Serialize_ManyThreadsAtOnce_EachStateGetsItsOwnBytes()
    {
        var states = Enumerable.Range(0, 2_000)
            .Select(i => StateWith($"c-{i}", entries: 1 + i % 12, detail: new string((char)('a' + i % 26), 10 + i % 900)))
            .ToArray();
        var written = new byte[states.Length][];

        Parallel.For(0, states.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => written[i] = _pooled.Serialize(states[i]).ToArray());

        for (var i = 0; i < states.Length; i++)
            Assert.Equal(_orleans.Serialize(states[i]).ToArray(), written[i]);
    }

    private static ComplaintState StateWith(string id, int entries, string detail) => new()
    {
        Filed = true,
        Id = id,
        DepartmentId = "finance",
        Status = ComplaintStatus.Investigating,
        FiledAt = At,
        Sequence = entries,
        Timeline = Enumerable.Range(1, entries)
            .Select(i => new TimelineEntry(i, At.AddMinutes(i), "agent-1", ComplaintEventKind.InvestigationRecorded, detail, i % 2 == 0))
            .ToList(),
    };
}
