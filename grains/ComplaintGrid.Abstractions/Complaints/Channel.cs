namespace ComplaintGrid;

/// <summary>How the complaint reached the contact centre.</summary>
[GenerateSerializer, Alias("cg.Channel")]
public enum Channel
{
    /// <summary>By telephone.</summary>
    Phone = 0,
    /// <summary>By e-mail.</summary>
    Email = 1,
    /// <summary>Through live chat.</summary>
    Chat = 2,
    /// <summary>Through a web form.</summary>
    Web = 3,
    /// <summary>Through a social-media channel.</summary>
    Social = 4,
    /// <summary>Face to face, at a branch or counter.</summary>
    InPerson = 5,
}
