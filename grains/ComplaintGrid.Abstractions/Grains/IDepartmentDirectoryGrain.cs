namespace ComplaintGrid;

/// <summary>The configured departments (key 0). Answers from every silo without a hot spot.</summary>
[Alias("cg.IDepartmentDirectoryGrain")]
public interface IDepartmentDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Every configured department with its queue health, in configuration order.</summary>
    [Alias("List")]
    Task<IReadOnlyList<DepartmentView>> List();

    /// <summary>
    /// Every configured department as the live feed reads it, in configuration order: each one's view and the
    /// escalations it applied after the count in <paramref name="escalationsSeen"/> (by department id; a department
    /// missing from it gets all it keeps).
    /// </summary>
    [Alias("ReadForFeed")]
    Task<IReadOnlyList<DepartmentFeedRead>> ReadForFeed(IReadOnlyDictionary<string, long> escalationsSeen);
}
