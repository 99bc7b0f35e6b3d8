namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>One field of a request body: its JSON path (<c>eightD.team</c>), what it holds and its length limit.</summary>
public sealed record FuzzField(string Path, FieldKind Kind, int MaxLength = FieldLimits.TextMaxLength)
{
    public static FuzzField Id(string path, int maxLength = FieldLimits.IdentifierMaxLength) => new(path, FieldKind.Identifier, maxLength);

    public static FuzzField Text(string path, int maxLength = FieldLimits.TextMaxLength) => new(path, FieldKind.RequiredText, maxLength);

    public static FuzzField Optional(string path, int maxLength = FieldLimits.TextMaxLength) => new(path, FieldKind.OptionalText, maxLength);

    public static FuzzField Enum(string path) => new(path, FieldKind.RequiredEnum);

    /// <summary>Whether a problem's field names this one: itself, a member (<c>eightD.team</c>) or an item (<c>underlyingWants[0]</c>).</summary>
    public bool IsNamedBy(string? problemField) =>
        problemField is not null
        && (problemField == Path || problemField.StartsWith(Path + ".", StringComparison.Ordinal) || problemField.StartsWith(Path + "[", StringComparison.Ordinal));
}
