namespace ComplaintGrid.Domain.BadFaith;

/// <summary>The recorded facts about one customer in the window that the bad-faith rule reads.</summary>
/// <param name="Complaints">Complaints filed in the window.</param>
/// <param name="CompensationAsked">Of those, asking compensation.</param>
/// <param name="StoryReferences">The most distinct references one near-identical story was told under.</param>
/// <param name="OtherCustomers">Other customers who told nearly the same story as one of this customer's.</param>
/// <param name="Assessed">Complaints assessed (upheld or not).</param>
/// <param name="NotUpheld">Of those, not upheld.</param>
/// <param name="MoneyGranted">Money granted: refunds, discounts and compensation being paid or paid.</param>
/// <param name="Remedies">Complaints with money granted.</param>
public sealed record BadFaithFacts(
    int Complaints,
    int CompensationAsked,
    int StoryReferences,
    int OtherCustomers,
    int Assessed,
    int NotUpheld,
    decimal MoneyGranted,
    int Remedies);
