using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Simulator;

/// <summary>The call-centre simulator (section <c>ComplaintGrid:Simulator</c>); off unless enabled (<c>--simulate</c>).</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "ComplaintGrid:Simulator";

    /// <summary>Drive traffic through the grains while the host runs.</summary>
    public bool Enabled { get; set; }

    /// <summary>New complaints per minute across all departments.</summary>
    [Range(0.1, 600_000, ErrorMessage = "ComplaintGrid:Simulator:ComplaintsPerMinute must be between 0.1 and 600000.")]
    public double ComplaintsPerMinute { get; set; } = 30;

    /// <summary>Agents on shift in each department.</summary>
    [Range(0, 1000, ErrorMessage = "ComplaintGrid:Simulator:AgentsPerDepartment must be between 0 and 1000.")]
    public int AgentsPerDepartment { get; set; } = 3;

    /// <summary>How long an agent takes for one step of a complaint (acknowledge, assess, …).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "ComplaintGrid:Simulator:AgentStepTime must be between 00:00:00.010 and 01:00:00.")]
    public TimeSpan AgentStepTime { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Share of filings from a small pool of frequent complainants (repeat complaints, rising churn risk).</summary>
    [Range(0.0, 1.0, ErrorMessage = "ComplaintGrid:Simulator:RepeatShare must be between 0 and 1.")]
    public double RepeatShare { get; set; } = 0.3;

    /// <summary>Share of complaints no agent touches, so their deadlines breach and the escalation feed fills.</summary>
    [Range(0.0, 1.0, ErrorMessage = "ComplaintGrid:Simulator:UntouchedShare must be between 0 and 1.")]
    public double UntouchedShare { get; set; } = 0.08;

    /// <summary>Share of agent steps on which a customer chases their complaint and asks for escalation.</summary>
    [Range(0.0, 1.0, ErrorMessage = "ComplaintGrid:Simulator:EscalationRequestShare must be between 0 and 1.")]
    public double EscalationRequestShare { get; set; } = 0.02;

    /// <summary>Random seed, for a repeatable run; random when unset.</summary>
    public int? Seed { get; set; }
}
