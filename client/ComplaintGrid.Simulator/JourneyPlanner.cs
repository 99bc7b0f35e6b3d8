namespace ComplaintGrid.Simulator;

/// <summary>Chooses each complaint's <see cref="Journey"/> by the shares in <see cref="SimulatorOptions"/>.</summary>
public static class JourneyPlanner
{
    /// <summary>Most customers who get updates get one; some get two.</summary>
    private const double SecondInformShare = 0.3;

    /// <summary>A journey for a complaint filed at <paramref name="now"/>; its first step waits the acknowledgement's handling time.</summary>
    public static Journey Plan(Random random, SimulatorOptions options, DateTimeOffset now, string? badFaithStory = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(options);
        var wrong = random.NextDouble() < options.WrongDepartmentShare;
        var pingPong = wrong && random.NextDouble() < options.PingPongShare / Math.Max(options.WrongDepartmentShare, double.Epsilon);
        // A silent customer is one who was asked something and never answered: their complaint is always held.
        var silent = random.NextDouble() < options.SilentCustomerShare;
        var informs = random.NextDouble() < options.InformShare ? (random.NextDouble() < SecondInformShare ? 2 : 1) : 0;
        return new Journey
        {
            HandOffs = pingPong ? 2 : wrong ? 1 : 0,
            Hold = random.NextDouble() < options.HoldShare || silent,
            Silent = silent,
            Informs = informs,
            RejectRemedy = random.NextDouble() < options.RemedyRejectedShare,
            Unsatisfied = random.NextDouble() < options.UnsatisfiedShare,
            BadFaithStory = badFaithStory,
            NotBefore = now + HandlingTimes.For(ComplaintStatus.Received).Sample(random, options.HandlingTimeFactor),
        };
    }
}
