namespace ComplaintGrid.Simulator;

/// <summary>
/// What simulated customers write. Ordinary complaints share a few wordings per category, as real ones do, so a
/// repeated text alone marks nobody; bad-faith complainants tell one story of their own again and again.
/// </summary>
internal static class Stories
{
    /// <summary>Wordings per category for ordinary complaints.</summary>
    public const int Variants = 3;

    public static readonly string[] BadFaith =
    [
        "The parcel was left open on the doorstep and half of the contents were missing; I expect compensation.",
        "The item arrived smashed in a crushed box, the courier would not wait; I want compensation for the loss.",
        "I was charged twice and my bank has charged me fees for it; compensate me for the fees and the stress.",
        "The heater stopped working on the first evening and scorched the wall behind it; I want compensation.",
    ];

    public static string Ordinary(Category category, int variant) => category switch
    {
        Category.ProductQuality => variant switch { 0 => "It stopped working within a week.", 1 => "It does not do what the box says.", _ => "It arrived with a part missing." },
        Category.Delivery => variant switch { 0 => "My delivery is three days late.", 1 => "The parcel went to the wrong address.", _ => "The courier marked it delivered but nothing came." },
        Category.Billing => variant switch { 0 => "I was charged twice.", 1 => "My refund has not arrived.", _ => "The invoice does not match the order." },
        Category.ServiceConduct => variant switch { 0 => "The agent was rude and hung up.", 1 => "Nobody called me back as promised.", _ => "I was passed around for an hour." },
        Category.Policy => "Your returns policy is unfair.",
        _ => "Something went wrong and nobody can tell me what.",
    };

    public static string Outage(Category category) => category switch
    {
        Category.Delivery => "Nothing has been delivered in my area today.",
        Category.Billing => "Your payment page took my money but shows the order as failed.",
        Category.ProductQuality => "The latest update broke the device.",
        _ => "Your service is down and nobody answers.",
    };
}
