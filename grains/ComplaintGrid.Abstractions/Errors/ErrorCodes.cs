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

    /// <summary>A bad-faith flag is cleared on a customer who has none raised.</summary>
    public const string NotFlagged = "customer.bad_faith.not_flagged";

    /// <summary>The department is not in the routing configuration.</summary>
    public const string UnknownDepartment = "department.unknown";

    /// <summary>The customer has no complaint on record, so there is nothing their outcome could be learned from.</summary>
    public const string UnknownCustomer = "customer.unknown";

    /// <summary>A churn model fit had too few outcomes, or outcomes of one kind only, to fit and compare on.</summary>
    public const string TooFewOutcomes = "churn.fit.too_few_outcomes";

    /// <summary>A field's JSON value has the wrong type (text where a number belongs, for example).</summary>
    public const string WrongType = "field.wrong_type";

    /// <summary>What the approval codes begin with (<see cref="SamePersonApproval"/>): a conflict with who proposed.</summary>
    public const string ApprovalPrefix = "complaint.approval";

    /// <summary>No HTTP endpoint has this path.</summary>
    public const string NoRoute = "request.no_route";

    /// <summary>The HTTP method is not allowed on this path.</summary>
    public const string MethodNotAllowed = "request.method_not_allowed";

    /// <summary>The body is not JSON.</summary>
    public const string UnsupportedMediaType = "request.unsupported_media_type";

    /// <summary>A refusal without a more specific code.</summary>
    public const string Refused = "request.refused";

    /// <summary>The endpoint needs a JSON body and none came.</summary>
    public const string BodyRequired = "request.body_required";

    /// <summary>The body could not be read.</summary>
    public const string Malformed = "request.malformed";

    /// <summary>The body is over the size limit.</summary>
    public const string TooLarge = "request.too_large";

    /// <summary>The body's JSON is nested too deeply.</summary>
    public const string TooDeep = "request.too_deep";

    /// <summary>The body is not valid JSON.</summary>
    public const string MalformedJson = "request.malformed_json";

    /// <summary>A form (the sign-in form) could not be read.</summary>
    public const string MalformedForm = "request.malformed_form";

    /// <summary>The caller sent more requests than its rate limit allows.</summary>
    public const string RateLimited = "request.rate_limited";

    /// <summary>What every sign-in and permission code begins with; answered 403 unless said otherwise.</summary>
    public const string AuthPrefix = "auth.";

    /// <summary>No sign-in, Basic credentials or API key came, or they were wrong (401).</summary>
    public const string AuthRequired = "auth.required";

    /// <summary>The caller's role may not do this.</summary>
    public const string AuthForbidden = "auth.forbidden";

    /// <summary>The API key lacks the endpoint's scope.</summary>
    public const string ScopeRequired = "auth.scope_required";

    /// <summary>Too many failed sign-ins for the name or from the address (429).</summary>
    public const string Throttled = "auth.throttled";

    /// <summary>The request names someone other than the caller as the actor.</summary>
    public const string ActorMismatch = "auth.actor_mismatch";

    /// <summary>Naming the agent a request acts for needs the act-as scope.</summary>
    public const string ActAsForbidden = "auth.act_as_forbidden";

    /// <summary>Another site's page sent a state-changing request or opened the live feed.</summary>
    public const string CrossSite = "auth.cross_site";

    /// <summary>A complaint to merge as a duplicate is not filed (or not visible to the caller).</summary>
    public const string DuplicateUnknown = "complaint.duplicates.unknown";

    /// <summary>A complaint to merge as a duplicate belongs to another customer than the primary.</summary>
    public const string DuplicateOtherCustomer = "complaint.duplicates.other_customer";

    /// <summary>A complaint to merge as a duplicate is already closed (and not merged into this primary).</summary>
    public const string DuplicateClosed = "complaint.duplicates.closed";

    /// <summary>The primary is named among its own duplicates.</summary>
    public const string DuplicateIsPrimary = "complaint.duplicates.primary";
}
