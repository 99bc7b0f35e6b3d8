using System.CommandLine;
using ComplaintGrid.Cli.Commands;

namespace ComplaintGrid.Cli;

/// <summary>The command tree of <c>complaintgrid</c>.</summary>
internal static class CliRoot
{
    public static RootCommand Create()
    {
        var root = new RootCommand("complaintgrid: file, follow and act on complaints in a ComplaintGrid cluster.");
        foreach (var option in GlobalOptions.All)
            root.Options.Add(option);
        Command[] commands =
        [
            FileCommand.Create(), ShowCommand.Create(),
            AcknowledgeCommand.Create(), AssessCommand.Create(), RouteCommand.Create(), HandOffCommand.Create(),
            StartInvestigationCommand.Create(), InvestigationCommand.Create(), ProposeRemedyCommand.Create(),
            ApproveRemedyCommand.Create(), RejectRemedyCommand.Create(), StartImplementationCommand.Create(),
            ResolveCommand.Create(), FeedbackCommand.Create(), CloseCommand.Create(), HoldCommand.Create(),
            ResumeCommand.Create(), InformCustomerCommand.Create(), MergeCommand.Create(), EscalateCommand.Create(),
            QueueCommand.Create(), SearchCommand.Create(), ReportCommand.Create(), DepartmentsCommand.Create(), CustomerCommand.Create(), OutcomeCommand.Create(), SimulateCommand.Create(),
        ];
        foreach (var command in commands)
            root.Subcommands.Add(command);
        return root;
    }
}
