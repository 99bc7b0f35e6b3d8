namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// The drill-down's acts table (wwwroot/acts.js) in node: <c>acts.test.js</c> beside this file checks the acts each role
/// is offered in every status, the bodies they send (never an actor) and how a refusal is read. No host: the table is plain.
/// </summary>
public sealed class ActsModuleTests
{
    /// <summary>Bounds a broken run only: the node tests take well under a second.</summary>
    private static readonly TimeSpan NodeRunLimit = TimeSpan.FromMinutes(2);

    [Fact]
    public Task ActsTable_InNode_OffersByRoleAndStatus_AndReadsRefusals() => NodeTestRun.PassesAsync("acts.test.js", NodeRunLimit);
}
