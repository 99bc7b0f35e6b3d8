using System.Reflection;

namespace ComplaintGrid.Tests.Client.Fuzz;

/// <summary>
/// A valid command with one constructor argument replaced by a hostile value, for every argument of every command
/// record (found by reflection, so a new field is fuzzed too). Nested records such as the 8D report are walked.
/// </summary>
public static class CommandMutations
{
    private static readonly HashSet<string> IdentifierNames =
        ["Actor", "Supervisor", "RequestedBy", "OwnerAgentId", "ToDepartmentId", "DepartmentId", "CustomerId", "IdempotencyKey", "ComplaintId"];

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>One mutated command: the field it breaks (camelCase wire name, <c>eightD.team</c> when nested).</summary>
    public sealed record Mutation(string Field, string Label, object Command);

    public static IEnumerable<Mutation> Of(object valid, string prefix = "")
    {
        var type = valid.GetType();
        var constructor = type.GetConstructors().Single(c => c.GetParameters().Length > 0 && c.GetParameters()[0].ParameterType != type);
        var parameters = constructor.GetParameters();
        var values = parameters.Select(p => type.GetProperty(p.Name!)!.GetValue(valid)).ToArray();
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            var field = prefix + char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..];
            foreach (var (label, value) in HostileFor(parameter, values[i], field))
            {
                var args = (object?[])values.Clone();
                args[i] = value;
                yield return new Mutation(value is Mutation nested ? nested.Field : field, label, constructor.Invoke(value is Mutation inner ? Replace(args, i, inner.Command) : args));
            }
        }
    }

    private static object?[] Replace(object?[] args, int index, object value)
    {
        args[index] = value;
        return args;
    }

    private static IEnumerable<(string Label, object? Value)> HostileFor(ParameterInfo parameter, object? valid, string field)
    {
        var type = parameter.ParameterType;
        var optional = Nullability.Create(parameter).WriteState == NullabilityState.Nullable;
        if (type == typeof(string))
        {
            return IdentifierNames.Contains(parameter.Name!)
                ? HostileArguments.Identifiers(optional, parameter.Name == "IdempotencyKey" ? FieldLimits.IdempotencyKeyMaxLength : FieldLimits.IdentifierMaxLength).Select(v => (v.Label, (object?)v.Value))
                : HostileArguments.Texts(optional, TextLimit(parameter.Member.DeclaringType!, parameter.Name!)).Select(v => (v.Label, (object?)v.Value));
        }
        if (type.IsEnum)
            return HostileArguments.Enums(type).Select(v => (v.Label, (object?)v.Value));
        if (type == typeof(decimal?))
            return HostileArguments.Amounts().Select(v => (v.Label, (object?)v.Value));
        if (type == typeof(IReadOnlyList<UnderlyingWant>))
            return [("unknown item", new[] { (UnderlyingWant)99 }), ("negative item", new[] { (UnderlyingWant)(-1) }),
                ("repeated item", new[] { UnderlyingWant.ToBeHeard, UnderlyingWant.ToBeHeard })];
        if (type == typeof(IReadOnlyList<string>))
            return [("null list", null), ("empty list", Array.Empty<string>()), ("malformed id", new[] { "not-a-complaint" }),
                ("repeated id", new[] { "CMP-0123456789ABC", "CMP-0123456789ABC" }),
                ("too many ids", Enumerable.Range(0, MergeDuplicates.MaximumDuplicates + 1).Select(i => $"CMP-{i:0000000000000}").ToArray())];
        if (type == typeof(EightDReport) && valid is not null)
            return Of(valid, field + ".").Select(m => ($"{m.Field} = {m.Label}", (object?)m));
        if (type == typeof(DateTimeOffset?))
            return [("far future", DateTimeOffset.MaxValue), ("next century", new DateTimeOffset(2125, 1, 1, 0, 0, 0, TimeSpan.Zero))];
        if (type == typeof(bool) || type == typeof(EightDReport))
            return []; // both values of a bool are valid; a null 8D report is the common case
        throw new InvalidOperationException($"{parameter.Member.DeclaringType!.Name}.{parameter.Name}: a {type.Name} the fuzz test has no hostile values for");
    }

    private static int TextLimit(Type command, string name) => (command.Name, name) switch
    {
        (nameof(FileComplaint), "Description") => FieldLimits.DescriptionMaxLength,
        (nameof(FileComplaint), "Reference") => FieldLimits.ReferenceMaxLength,
        (nameof(RecordInvestigation), "AccountableOwner") => FieldLimits.ReferenceMaxLength,
        _ => FieldLimits.TextMaxLength,
    };
}
