namespace ComplaintGrid;

/// <summary>The configured departments (key 0). Answers from every silo without a hot spot.</summary>
[Alias("cg.IDepartmentDirectoryGrain")]
public interface IDepartmentDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Every configured department with its queue health, in configuration order.</summary>
    [Alias("List")]
    Task<IReadOnlyList<DepartmentView>> List();
}
