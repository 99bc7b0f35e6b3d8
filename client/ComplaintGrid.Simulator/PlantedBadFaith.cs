namespace ComplaintGrid.Simulator;

/// <summary>One complaint a bad-faith complainant filed: the simulator's answer key for detection benchmarks.</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="CustomerId">Who filed it.</param>
/// <param name="Story">The story they tell each time; every complaint of one story is the same claim again.</param>
public sealed record PlantedBadFaith(string ComplaintId, string CustomerId, string Story);
