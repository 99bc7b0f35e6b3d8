namespace ComplaintGrid.Simulator;

/// <summary>One caller due now: an ordinary one (the usual mix), or one of an <see cref="OutageStorm"/>.</summary>
/// <param name="Storm">The storm the caller is part of; null for the usual mix.</param>
public readonly record struct Arrival(OutageStorm? Storm);
