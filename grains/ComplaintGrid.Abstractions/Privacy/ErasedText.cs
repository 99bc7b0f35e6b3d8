namespace ComplaintGrid;

/// <summary>
/// What stands in for a text erased at the customer's request or by retention, so a reader sees that something was
/// said and has been erased, rather than that nothing was said.
/// </summary>
public static class ErasedText
{
    /// <summary>The fixed marker every erased text becomes.</summary>
    public const string Marker = "[erased]";

    /// <summary>Whether <paramref name="text"/> is the marker.</summary>
    public static bool Is(string? text) => string.Equals(text, Marker, StringComparison.Ordinal);

    /// <summary>The marker for a text that was given; null stays null (nothing was said, so nothing was erased).</summary>
    public static string? Of(string? text) => text is null ? null : Marker;
}
