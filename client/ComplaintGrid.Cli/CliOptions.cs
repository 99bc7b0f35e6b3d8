using System.CommandLine;
using System.CommandLine.Parsing;

namespace ComplaintGrid.Cli;

/// <summary>Option factories, so every command parses names, lists and numbers the same way and names the option when it cannot.</summary>
internal static class CliOptions
{
    /// <summary>A text option; required ones are refused at parse time rather than by the grain, so the message names the option.</summary>
    public static Option<string> Text(string name, string description, bool required = true) =>
        new(name) { Description = description, Required = required };

    /// <summary>Who acts: recorded on the complaint's timeline.</summary>
    public static Option<string> Actor() => Text("--actor", "Who acts (agent, lead or supervisor id); recorded on the timeline.");

    /// <summary>An enum option by name, case-insensitive; numbers are refused because they hide typos and renumbering.</summary>
    public static Option<T> Enum<T>(string name, string description, bool required = false, bool recursive = false)
    {
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return new Option<T>(name)
        {
            Description = $"{description} One of: {Names(type)}.",
            Required = required,
            Recursive = recursive,
            HelpName = type.Name.ToLowerInvariant(),
            CustomParser = result => result.Tokens.Count == 0 ? default : (T)ParseName(type, name, result.Tokens[0].Value, result),
        };
    }

    /// <summary>A repeatable enum option (<c>--want A --want B</c> or <c>--want A B</c>).</summary>
    public static Option<T[]> EnumList<T>(string name, string description)
        where T : struct, System.Enum => new(name)
        {
            Description = $"{description} Any of: {Names(typeof(T))}.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = typeof(T).Name.ToLowerInvariant(),
            DefaultValueFactory = _ => [],
            CustomParser = result => [.. result.Tokens.Select(t => (T)ParseName(typeof(T), name, t.Value, result))],
        };

    /// <summary>A positive number with a default.</summary>
    public static Option<double> Positive(string name, string description, double defaultValue, bool recursive = false)
    {
        var option = new Option<double>(name) { Description = description, DefaultValueFactory = _ => defaultValue, Recursive = recursive };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is var value && !(value > 0))
                result.AddError($"{name}: must be greater than 0, not {value}.");
        });
        return option;
    }

    /// <summary>A whole number within bounds.</summary>
    public static Option<int?> Within(Option<int?> option, int min, int max)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } value && (value < min || value > max))
                result.AddError($"{option.Name}: must be between {min} and {max}, not {value}.");
        });
        return option;
    }

    private static object ParseName(Type type, string option, string token, ArgumentResult result)
    {
        if (!int.TryParse(token, out _) && System.Enum.TryParse(type, token, ignoreCase: true, out var value) && System.Enum.IsDefined(type, value))
            return value;
        result.AddError($"{option}: '{token}' is not one of {Names(type)}.");
        return System.Enum.GetValues(type).GetValue(0)!;
    }

    private static string Names(Type type) => string.Join(", ", System.Enum.GetNames(type));
}
