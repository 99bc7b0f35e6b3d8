namespace ComplaintGrid;

/// <summary>
/// Searches the complaint history, the read model every silo of a durable profile keeps in its database (SQLite or
/// PostgreSQL). Any key: a stateless worker on each silo answers. Callers validate the query first (the HTTP API does,
/// the CLI does); a cursor that names no complaint in the history is refused with <see cref="ErrorCodes.UnknownValue"/>
/// on <c>after</c>. Without a durable store (the in-memory profile) it throws <see cref="ComplaintGridUnavailableException"/>.
/// </summary>
[Alias("cg.IComplaintSearchGrain")]
public interface IComplaintSearchGrain : IGrainWithIntegerKey
{
    /// <summary>One page of the complaints matching <paramref name="query"/>, newest filing first.</summary>
    [Alias("Search")]
    Task<ComplaintSearchPage> Search(ComplaintSearchQuery query);
}
