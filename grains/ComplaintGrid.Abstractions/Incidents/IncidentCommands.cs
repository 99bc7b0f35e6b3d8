namespace ComplaintGrid;

/// <summary>The input rules of the incident commands, checked by the client before a command travels and by the incident grain.</summary>
public static class IncidentCommands
{
    /// <summary>Validates a join; the rule that another department's complaint needs a reason is the incident's.</summary>
    public static void Validate(JoinIncident c)
    {
        ArgumentNullException.ThrowIfNull(c);
        new RuleCheck().Identifier("actor", c.Actor).Identifier("complaintId", c.ComplaintId).OptionalText("reason", c.Reason).ThrowIfAny();
    }

    /// <summary>Validates a message to every member's customer.</summary>
    public static void Validate(InformIncident c)
    {
        ArgumentNullException.ThrowIfNull(c);
        new RuleCheck().Identifier("actor", c.Actor).RequiredText("message", c.Message).ThrowIfAny();
    }

    /// <summary>Validates a resolution: the cause, the word to customers and the one evaluation.</summary>
    public static void Validate(ResolveIncident c)
    {
        ArgumentNullException.ThrowIfNull(c);
        new RuleCheck()
            .Identifier("actor", c.Actor)
            .RequiredText("rootCause", c.RootCause)
            .RequiredText("customerMessage", c.CustomerMessage)
            .RequiredText("lessons", c.Lessons)
            .RequiredText("preventionAction", c.PreventionAction)
            .OptionalText("verification", c.Verification)
            .ThrowIfAny();
    }
}
