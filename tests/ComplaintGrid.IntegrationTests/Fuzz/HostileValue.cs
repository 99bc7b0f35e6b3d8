namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>A hostile value as raw JSON text (so it can carry what a serializer would never write), with a label for failures.</summary>
public sealed record HostileValue(string Label, string Json)
{
    public override string ToString() => Label;
}
