using System.Text.Json;

namespace ComplaintGrid.Cli;

/// <summary>Where results go: JSON for scripts (<c>--json</c>) or text for people; errors always one line on stderr.</summary>
internal sealed class CliOutput(bool json, TextWriter output, TextWriter error)
{
    public bool IsJson => json;

    public TextWriter Out => output;

    /// <summary>Writes <paramref name="value"/> as JSON, or as <paramref name="text"/> renders it.</summary>
    public void Write<T>(T value, Action<TextWriter, T> text)
    {
        if (json)
            output.WriteLine(JsonSerializer.Serialize(value, CliJson.Options));
        else
            text(output, value);
    }

    /// <summary>One line that names what went wrong; never a stack trace.</summary>
    public void Error(string message) => error.WriteLine($"error: {message.ReplaceLineEndings(" ")}");
}
