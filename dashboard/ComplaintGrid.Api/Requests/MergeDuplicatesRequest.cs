using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/merge</c>: the complaints to close as duplicates of this one.</summary>
public sealed record MergeDuplicatesRequest([property: Required] IReadOnlyList<string>? Duplicates, string? Reason, string? Actor, string? OnBehalfOf)
    : IActRequest<MergeDuplicates>
{
    public static string ActorField => "actor";

    string? IActRequest<MergeDuplicates>.NamedActor => Actor;

    public MergeDuplicates ToCommand(string actor) => new(actor, Duplicates ?? [], Reason);
}
