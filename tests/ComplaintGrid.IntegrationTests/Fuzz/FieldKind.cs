namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>What a body field holds, which decides the hostile values it is fed (<see cref="HostileJson"/>).</summary>
public enum FieldKind
{
    /// <summary>A required id: 1–max characters of letters, digits and <c>. _ : @ -</c>.</summary>
    Identifier,

    /// <summary>An id that may be absent, but not empty or malformed when present.</summary>
    OptionalIdentifier,

    /// <summary>Free text that must be present.</summary>
    RequiredText,

    /// <summary>Free text that may be absent or empty.</summary>
    OptionalText,

    /// <summary>An enum name that must be present.</summary>
    RequiredEnum,

    /// <summary>An enum name that may be absent.</summary>
    OptionalEnum,

    /// <summary>A required true or false.</summary>
    RequiredBool,

    /// <summary>A required money amount (the body's remedy is monetary).</summary>
    Amount,

    /// <summary>A date and time that may be absent but not in the future.</summary>
    PastDate,

    /// <summary>A list of distinct enum names that may be absent.</summary>
    EnumList,

    /// <summary>A nested object that may be absent.</summary>
    OptionalObject,
}
