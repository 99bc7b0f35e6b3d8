namespace ComplaintGrid.IntegrationTests.Storage;

/// <summary>Grain state written by the storage contract tests, serialized the way ComplaintGrid's states are.</summary>
[GenerateSerializer, Alias("complaintgrid.tests.contract-state")]
public sealed class ContractState
{
    [Id(0)]
    public string Name { get; set; } = "";

    [Id(1)]
    public int Revision { get; set; }

    [Id(2)]
    public byte[] Blob { get; set; } = [];
}
