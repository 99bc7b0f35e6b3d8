namespace ComplaintGrid.Cli;

/// <summary>Plain aligned columns: readable in a terminal, and greppable when piped (no box drawing).</summary>
internal static class TextTable
{
    private const string Gap = "  ";

    public static void Write(TextWriter writer, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.Prepend(headers).ToList();
        var widths = headers.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
            writer.WriteLine(string.Join(Gap, row.Select((cell, i) => i == row.Count - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
    }
}
