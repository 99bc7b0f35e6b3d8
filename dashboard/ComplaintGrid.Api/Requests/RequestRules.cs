namespace ComplaintGrid.Api.Requests;

/// <summary>Presence rules for request fields that have no safe default.</summary>
internal static class RequestRules
{
    public static void Present<T>(RuleCheck check, string field, T? value) where T : struct
    {
        if (value is null)
            check.Fail(ErrorCodes.Required, field, $"{field} is required.");
    }
}
