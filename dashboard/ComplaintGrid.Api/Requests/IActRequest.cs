namespace ComplaintGrid.Api.Requests;

/// <summary>
/// The body of a lifecycle action. Its actor field may be omitted, since the actor is the caller
/// (<see cref="Auth.ActingCaller"/>); when present it must name the caller. An API key with the <c>act-as</c> scope
/// may name the agent it acts for in <c>onBehalfOf</c>.
/// </summary>
/// <typeparam name="TCommand">The command the body becomes once its actor is known.</typeparam>
public interface IActRequest<out TCommand>
{
    /// <summary>The JSON name of the field that names the actor (<c>actor</c>, <c>supervisor</c>, <c>requestedBy</c>).</summary>
    static abstract string ActorField { get; }

    /// <summary>The actor the body names, or null when it names none.</summary>
    string? NamedActor { get; }

    /// <summary>The agent an API key with <c>act-as</c> acts for, or null.</summary>
    string? OnBehalfOf { get; }

    /// <summary>The command, acted by <paramref name="actor"/>.</summary>
    TCommand ToCommand(string actor);
}
