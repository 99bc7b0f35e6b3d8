using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/inform-customer</c>.</summary>
public sealed record InformCustomerRequest(string? Actor, [property: Required] string? Message, string? OnBehalfOf) : IActRequest<InformCustomer>
{
    public static string ActorField => "actor";

    string? IActRequest<InformCustomer>.NamedActor => Actor;

    public InformCustomer ToCommand(string actor) => new(actor, Message!);
}
