using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class InvestigationCommand
{
    public static Command Create()
    {
        var actor = CliOptions.Actor();
        var rootCause = CliOptions.Text("--root-cause", "What caused the problem.");
        var accountable = CliOptions.Text("--accountable-owner", "Who is accountable for the cause.");
        // The 8D record is required for product-quality complaints; any --8d-* option sends one and the grain says what is missing.
        var team = CliOptions.Text("--8d-team", "8D D1: the team.", required: false);
        var problem = CliOptions.Text("--8d-problem", "8D D2: the problem description.", required: false);
        var containment = CliOptions.Text("--8d-containment", "8D D3: the containment action.", required: false);
        var corrective = CliOptions.Text("--8d-corrective-action", "8D D5: the corrective action.", required: false);
        var verification = CliOptions.Text("--8d-verification", "8D D6: how the correction was verified.", required: false);
        var prevention = CliOptions.Text("--8d-prevention", "8D D7: how recurrence is prevented.", required: false);
        Option<string>[] eightD = [team, problem, containment, corrective, verification, prevention];
        return ComplaintAction.Create("investigation", "Record the investigation's findings (root cause, accountable owner, 8D).",
            [actor, rootCause, accountable, .. eightD],
            (c, id) =>
            {
                var report = eightD.Any(o => c.Get(o) is not null)
                    ? new EightDReport(c.Get(team) ?? "", c.Get(problem) ?? "", c.Get(containment) ?? "", c.Get(rootCause)!,
                        c.Get(corrective) ?? "", c.Get(verification), c.Get(prevention))
                    : null;
                return c.Client.RecordInvestigation(id, new RecordInvestigation(c.Get(actor)!, c.Get(rootCause)!, c.Get(accountable)!, report), c.Cancellation);
            });
    }
}
