namespace ComplaintGrid;

/// <summary>Collects every broken rule of a command so the caller hears about all of them at once.</summary>
public sealed class RuleCheck
{
    private List<ComplaintGridError>? _errors;

    /// <summary>The broken rules so far.</summary>
    public IReadOnlyList<ComplaintGridError> Errors => _errors ?? (IReadOnlyList<ComplaintGridError>)[];

    /// <summary>Records a broken rule.</summary>
    public RuleCheck Fail(string code, string field, string message)
    {
        (_errors ??= []).Add(new ComplaintGridError(code, field, message));
        return this;
    }

    /// <summary>An identifier: required, at most 64 characters of letters, digits and <c>. _ : @ -</c>.</summary>
    public RuleCheck Identifier(string field, string? value, int maxLength = FieldLimits.IdentifierMaxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            return Fail(ErrorCodes.Required, field, $"{field} is required.");
        if (value.Length > maxLength)
            return Fail(ErrorCodes.TooLong, field, $"{field} must be at most {maxLength} characters (got {value.Length}).");
        if (!value.All(IsIdentifierChar))
            return Fail(ErrorCodes.InvalidIdentifier, field, $"{field} may contain only letters, digits and . _ : @ -.");
        return this;
    }

    /// <summary>Free text that must be present.</summary>
    public RuleCheck RequiredText(string field, string? value, int maxLength = FieldLimits.TextMaxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            return Fail(ErrorCodes.Required, field, $"{field} is required.");
        return OptionalText(field, value, maxLength);
    }

    /// <summary>Free text that may be absent.</summary>
    public RuleCheck OptionalText(string field, string? value, int maxLength = FieldLimits.TextMaxLength)
    {
        if (value is null)
            return this;
        if (value.Length > maxLength)
            return Fail(ErrorCodes.TooLong, field, $"{field} must be at most {maxLength} characters (got {value.Length}).");
        if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            return Fail(ErrorCodes.ControlCharacters, field, $"{field} must not contain control characters.");
        // Half a surrogate pair is no text: it cannot be written as UTF-8 (JSON, logs, storage) once stored.
        if (HasUnpairedSurrogate(value))
            return Fail(ErrorCodes.InvalidText, field, $"{field} must be valid Unicode text (it holds half of a surrogate pair).");
        return this;
    }

    /// <summary>An enum value that must be one of the documented names.</summary>
    public RuleCheck Known<TEnum>(string field, TEnum value) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
            Fail(ErrorCodes.UnknownValue, field, $"{field} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        return this;
    }

    /// <summary>A money amount: positive, at most <see cref="FieldLimits.MaxAmount"/>, in cents.</summary>
    public RuleCheck Amount(string field, decimal value)
    {
        if (value <= 0)
            return Fail(ErrorCodes.OutOfRange, field, $"{field} must be greater than 0.");
        if (value > FieldLimits.MaxAmount)
            return Fail(ErrorCodes.OutOfRange, field, $"{field} must be at most {FieldLimits.MaxAmount:0}.");
        if (decimal.Round(value, FieldLimits.AmountDecimals) != value)
            return Fail(ErrorCodes.OutOfRange, field, $"{field} must have at most {FieldLimits.AmountDecimals} decimal places.");
        return this;
    }

    /// <summary>Throws <see cref="ComplaintGridException"/> with every broken rule, if any.</summary>
    public void ThrowIfAny()
    {
        if (_errors is { Count: > 0 })
            throw new ComplaintGridException(_errors);
    }

    private static bool HasUnpairedSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                i++;
            else if (char.IsSurrogate(value[i]))
                return true;
        }
        return false;
    }

    private static bool IsIdentifierChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '@' or '-';
}
