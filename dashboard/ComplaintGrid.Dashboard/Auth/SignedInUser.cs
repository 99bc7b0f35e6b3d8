namespace ComplaintGrid.Dashboard.Auth;

/// <summary>A user whose password matched: canonical name, role (lower case) and departments (none: all).</summary>
public sealed record SignedInUser(string Name, string Role, IReadOnlyList<string> Departments);
