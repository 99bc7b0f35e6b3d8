namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>One route parameter of an API pattern: the field its refusal names and a valid value to fill it with.</summary>
public sealed record RouteParameter(string Placeholder, string Field, bool IsComplaintId)
{
    /// <summary>The parameters of <paramref name="pattern"/>, named as the API's problems name them.</summary>
    public static IReadOnlyList<RouteParameter> Of(string pattern)
    {
        var found = new List<RouteParameter>();
        if (pattern.Contains("{id}", StringComparison.Ordinal))
        {
            found.Add(pattern.StartsWith("/api/complaints/", StringComparison.Ordinal) ? new("{id}", "id", true)
                : pattern.StartsWith("/api/customers/", StringComparison.Ordinal) ? new("{id}", "customerId", false)
                : pattern.StartsWith("/api/incidents/", StringComparison.Ordinal) ? new("{id}", "id", false)
                : new("{id}", "departmentId", false));
        }
        if (pattern.Contains("{agentId}", StringComparison.Ordinal))
            found.Add(new("{agentId}", "agentId", false));
        return found;
    }

    /// <summary>Dot segments change the path itself (clients and Kestrel remove them): another route, or none, answers.</summary>
    public static bool ChangesThePath(string hostileId) => hostileId is "." or ".." or "%2E%2E";
}
