namespace ComplaintGrid;

/// <summary>Whether the customer suffered a loss or mainly needs communication.</summary>
[GenerateSerializer, Alias("cg.ComplaintType")]
public enum ComplaintType
{
    /// <summary>The customer suffered a loss.</summary>
    Substantive = 0,
    /// <summary>The customer needs help.</summary>
    HelpSeeking = 1,
    /// <summary>The customer wants information.</summary>
    Enquiry = 2,
    /// <summary>The customer needs to be heard.</summary>
    Venting = 3,
}
