using ComplaintGrid.Cli;

var parse = CliRoot.Create().Parse(args);
// Parse errors get the same one-line, exit-code-2 treatment as a refused command, instead of the help page.
if (parse.Errors.Count > 0)
{
    new CliOutput(json: false, Console.Out, Console.Error).Error(string.Join(" ", parse.Errors.Select(e => e.Message)));
    return ExitCodes.Refused;
}
return await parse.InvokeAsync();
