using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

/// <summary>The shape every lifecycle action shares: <c>&lt;id&gt;</c>, its options, and the complaint's new state as output.</summary>
internal static class ComplaintAction
{
    public static Command Create(string name, string description, IEnumerable<Option> options, Func<CommandContext, string, Task<ComplaintView>> act)
    {
        var id = ComplaintId();
        var command = new Command(name, description) { id };
        foreach (var option in options)
            command.Options.Add(option);
        return command.WithAction(async context => context.Output.Write(await act(context, context.Get(id)), ComplaintText.Summary));
    }

    /// <summary>The complaint argument; a new one per command, as a symbol belongs to one parent.</summary>
    public static Argument<string> ComplaintId() => new("id") { Description = "The complaint, for example CMP-AQKZPTZ9F7KKG." };
}
