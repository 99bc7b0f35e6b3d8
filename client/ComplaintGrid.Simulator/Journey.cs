namespace ComplaintGrid.Simulator;

/// <summary>
/// The path one simulated complaint will take, chosen when it is filed, and how far along it is. It stays with the
/// simulator: the product sees only the acts, never the plan (the bad-faith marker above all).
/// </summary>
public sealed class Journey
{
    /// <summary>Hand-offs planned before it reaches the right department: 0, 1 (wrong department first) or 2 (ping-pong).</summary>
    public int HandOffs { get; init; }

    /// <summary>The agent puts it on hold waiting on the customer once, during the investigation.</summary>
    public bool Hold { get; init; }

    /// <summary>The customer never answers: a hold runs out, and feedback never comes.</summary>
    public bool Silent { get; init; }

    /// <summary>Progress updates the agents send the customer along the way.</summary>
    public int Informs { get; init; }

    /// <summary>The supervisor rejects the first remedy put to them; the agent proposes a smaller one.</summary>
    public bool RejectRemedy { get; init; }

    /// <summary>The customer is not satisfied with the first resolution, which reopens the complaint.</summary>
    public bool Unsatisfied { get; init; }

    /// <summary>The planted marker: the story a bad-faith complainant tells under several references; null for everyone else.</summary>
    public string? BadFaithStory { get; init; }

    /// <summary>The next step is not taken before this simulated time (the handling time drawn for it).</summary>
    internal DateTimeOffset NotBefore { get; set; }

    internal int HandOffsDone { get; set; }

    internal bool Held { get; set; }

    internal int InformsDone { get; set; }

    internal bool Rejected { get; set; }

    internal int Resolutions { get; set; }

    internal int FeedbackGiven { get; set; }

    /// <summary>The journey of a complaint the simulator has no plan for (filed before it started): the plain path.</summary>
    internal static Journey Plain(DateTimeOffset now) => new() { NotBefore = now };
}
