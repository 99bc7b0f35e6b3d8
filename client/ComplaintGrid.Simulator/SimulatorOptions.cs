using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Simulator;

/// <summary>The call-centre simulator (section <c>ComplaintGrid:Simulator</c>); off unless enabled (<c>--simulate</c>).</summary>
public sealed class SimulatorOptions : IValidatableObject
{
    public const string SectionName = "ComplaintGrid:Simulator";

    /// <summary>Drive traffic through the grains while the host runs.</summary>
    public bool Enabled { get; set; }

    /// <summary>New complaints per simulated minute across all departments, on average over a week (<see cref="ArrivalCurve"/>).</summary>
    [Range(0.1, 600_000, ErrorMessage = "ComplaintGrid:Simulator:ComplaintsPerMinute must be between 0.1 and 600000.")]
    public double ComplaintsPerMinute { get; set; } = 30;

    /// <summary>Agents on shift in each department.</summary>
    [Range(0, 1000, ErrorMessage = "ComplaintGrid:Simulator:AgentsPerDepartment must be between 0 and 1000.")]
    public int AgentsPerDepartment { get; set; } = 3;

    /// <summary>How often, in simulated time, an agent looks at their queue for a complaint whose handling time has passed.</summary>
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

    /// <summary>
    /// Simulated time per unit of real time: 60 passes a simulated hour in a real minute (a day in 24 minutes). Above 1,
    /// in a silo run with <c>--simulate</c>, the silo's own deadline clock runs at the same pace (a demo mode).
    /// </summary>
    [Range(0.001, 100_000, ErrorMessage = "ComplaintGrid:Simulator:TimeScale must be between 0.001 and 100000.")]
    public double TimeScale { get; set; } = 1;

    /// <summary>Where the compressed clock starts (for example a Monday's midnight); now when unset. Only with a <see cref="TimeScale"/> other than 1.</summary>
    public DateTimeOffset? StartAt { get; set; }

    /// <summary>Simulated time after which the simulator stops and reports; runs until the host stops when unset.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00", ErrorMessage = "ComplaintGrid:Simulator:RunFor must be between 00:00:01 and 3650.00:00:00.")]
    public TimeSpan? RunFor { get; set; }

    /// <summary>Shape arrivals by hour of day and weekday (<see cref="ArrivalCurve"/>); off, they come at the flat average rate.</summary>
    public bool DailyPattern { get; set; } = true;

    /// <summary>Outage storms a simulated day on average: bursts of one category and reference for some minutes.</summary>
    [Range(0.0, 1000.0, ErrorMessage = "ComplaintGrid:Simulator:OutageStormsPerDay must be between 0 and 1000.")]
    public double OutageStormsPerDay { get; set; } = 3;

    /// <summary>Multiplies every handling time (<see cref="HandlingTimes"/>): below 1, a faster centre.</summary>
    [Range(0.00001, 100.0, ErrorMessage = "ComplaintGrid:Simulator:HandlingTimeFactor must be between 0.00001 and 100.")]
    public double HandlingTimeFactor { get; set; } = 1;

    /// <summary>Share of complaints routed to the wrong department first and handed on.</summary>
    [Range(0.0, 1.0, ErrorMessage = "ComplaintGrid:Simulator:WrongDepartmentShare must be between 0 and 1.")]
    public double WrongDepartmentShare { get; set; } = 0.10;

    /// <summary>Share of complaints passed on twice (ping-pong); part of <see cref="WrongDepartmentShare"/>, so at most it.</summary>
    [Range(0.0, 1.0, ErrorMessage = "ComplaintGrid:Simulator:PingPongShare must be between 0 and 1.")]
    public double PingPongShare { get; set; } = 0.02;

    /// <summary>Share of complaints put on hold waiting on the customer during the investigation.</summary>
    [Range(0.0, 1.0, ErrorMessage = "ComplaintGrid:Simulator:HoldShare must be between 0 and 1.")]
    public double HoldShare { get; set; } = 0.12;

    /// <summary>Share of customers who never answer: held, their hold runs out; resolved, they give no feedback.</summary>
    [Range(0.0, 1.0, ErrorMessage = "ComplaintGrid:Simulator:SilentCustomerShare must be between 0 and 1.")]
    public double SilentCustomerShare { get; set; } = 0.03;

    /// <summary>Share of complaints whose customer gets progress updates along the way.</summary>
    [Range(0.0, 1.0, ErrorMessage = "ComplaintGrid:Simulator:InformShare must be between 0 and 1.")]
    public double InformShare { get; set; } = 0.35;

    /// <summary>Share of remedies put to a supervisor that are rejected once and re-proposed smaller.</summary>
    [Range(0.0, 1.0, ErrorMessage = "ComplaintGrid:Simulator:RemedyRejectedShare must be between 0 and 1.")]
    public double RemedyRejectedShare { get; set; } = 0.25;

    /// <summary>Share of customers not satisfied with the first resolution (the complaint reopens).</summary>
    [Range(0.0, 1.0, ErrorMessage = "ComplaintGrid:Simulator:UnsatisfiedShare must be between 0 and 1.")]
    public double UnsatisfiedShare { get; set; } = 0.12;

    /// <summary>
    /// Share of new complainants acting in bad faith: they claim compensation again and again, the same story under
    /// several references. The simulator keeps them marked (<see cref="CallCentreSimulator.Planted"/>); the product never sees the mark.
    /// </summary>
    [Range(0.0, 0.2, ErrorMessage = "ComplaintGrid:Simulator:BadFaithShare must be between 0 and 0.2.")]
    public double BadFaithShare { get; set; } = 0.0125;

    /// <summary>
    /// Record what each ordinary customer did once their complaint is closed (stayed, left, downgraded; see
    /// <see cref="PlantedChurn"/>), so the churn model can be fitted to the simulated centre.
    /// </summary>
    public bool RecordOutcomes { get; set; } = true;

    /// <summary>Random seed, for a repeatable run; random when unset.</summary>
    public int? Seed { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PingPongShare > WrongDepartmentShare)
        {
            yield return new ValidationResult(
                "ComplaintGrid:Simulator:PingPongShare must not exceed ComplaintGrid:Simulator:WrongDepartmentShare (ping-pong is a wrong department twice).",
                [nameof(PingPongShare)]);
        }
    }
}
