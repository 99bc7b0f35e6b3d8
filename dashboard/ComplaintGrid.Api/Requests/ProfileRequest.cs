namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>PUT /api/customers/{id}/profile</c>.</summary>
public sealed record ProfileRequest(DateTimeOffset? CustomerSince, ValueTier? ValueTier)
{
    public CustomerProfile ToProfile() => new(CustomerSince, ValueTier ?? ComplaintGrid.ValueTier.Unknown);
}
