namespace ComplaintGrid;

/// <summary>The stable error codes. Integrations may branch on these; they never change meaning.</summary>
public static class ErrorCodes
{
    /// <summary>An error without a more specific code.</summary>
    public const string Unknown = "complaintgrid.unknown";

    /// <summary>A required field is missing or blank.</summary>
    public const string Required = "field.required";

    /// <summary>A text field is longer than its limit.</summary>
    public const string TooLong = "field.too_long";

    /// <summary>A field contains control characters.</summary>
    public const string ControlCharacters = "field.control_characters";

    /// <summary>A text field is not valid Unicode (half of a surrogate pair).</summary>
    public const string InvalidText = "field.invalid_text";

    /// <summary>An identifier has characters outside its alphabet.</summary>
    public const string InvalidIdentifier = "field.invalid_identifier";

    /// <summary>An enum value is not one of the documented names.</summary>
    public const string UnknownValue = "field.unknown_value";

    /// <summary>A number is outside its allowed range.</summary>
    public const string OutOfRange = "field.out_of_range";

    /// <summary>A field must be absent in this combination.</summary>
    public const string NotAllowed = "field.not_allowed";

    /// <summary>The command is not allowed in the complaint's current status.</summary>
    public const string IllegalTransition = "complaint.transition.illegal";

    /// <summary>A guard of an allowed transition failed (for example, a remedy needs an investigation first).</summary>
    public const string TransitionGuard = "complaint.transition.guard";

    /// <summary>
    /// What every lifecycle code begins with (<see cref="IllegalTransition"/>, <see cref="TransitionGuard"/>): the
    /// command does not fit where the complaint stands now.
    /// </summary>
    public const string TransitionPrefix = "complaint.transition";

    /// <summary>A product-quality investigation is recorded without its 8D report.</summary>
    public const string EightDRequired = "complaint.eight_d.required";

    /// <summary>The supervisor deciding on a remedy is the person who proposed it.</summary>
    public const string SamePersonApproval = "complaint.approval.same_person";

    /// <summary>The complaint has not been filed.</summary>
    public const string NotFound = "complaint.not_found";

    /// <summary>The same idempotency key was used with a different complaint.</summary>
    public const string IdempotencyConflict = "complaint.idempotency.conflict";

    /// <summary>The complaint id does not match the customer and idempotency key.</summary>
    public const string IdMismatch = "complaint.id.mismatch";

    /// <summary>The department is not in the routing configuration.</summary>
    public const string UnknownDepartment = "department.unknown";
}
