using System.ComponentModel.DataAnnotations;
using ComplaintGrid.Simulator;

namespace ComplaintGrid.Tests.Simulator;

/// <summary>The simulator's options refuse bad values with a message naming the key.</summary>
public sealed class SimulatorOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass() => Assert.Empty(Errors(new SimulatorOptions()));

    [Fact]
    public void Validate_TimeScaleOutOfRange_NamesTheKey() =>
        Assert.Contains("ComplaintGrid:Simulator:TimeScale must be between 0.001 and 100000.", Errors(new SimulatorOptions { TimeScale = 0 }));

    [Fact]
    public void Validate_BadFaithShareAboveTheBound_NamesTheKey() =>
        Assert.Contains("ComplaintGrid:Simulator:BadFaithShare must be between 0 and 0.2.", Errors(new SimulatorOptions { BadFaithShare = 0.5 }));

    [Fact]
    public void Validate_PingPongAboveWrongDepartment_NamesBothKeys() =>
        Assert.Contains(Errors(new SimulatorOptions { WrongDepartmentShare = 0.01, PingPongShare = 0.02 }),
            e => e.StartsWith("ComplaintGrid:Simulator:PingPongShare must not exceed ComplaintGrid:Simulator:WrongDepartmentShare", StringComparison.Ordinal));

    private static List<string> Errors(SimulatorOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? "").ToList();
    }
}
