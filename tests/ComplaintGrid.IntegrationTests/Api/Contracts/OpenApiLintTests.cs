using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintGrid.Api;

namespace ComplaintGrid.IntegrationTests.Api.Contracts;

/// <summary>
/// The served OpenAPI document passes Redocly's recommended rules (tests/contracts/redocly.yaml) without an error or a
/// warning, and a TypeScript client generated from it type-checks its callers, enums included.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class OpenApiLintTests(SiloHostFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("complaintgrid-openapi-").FullName;

    [Fact]
    public async Task Document_LintedWithRedoclyRecommendedRules_HasNoErrorsAndNoWarnings()
    {
        var document = await SaveDocumentAsync();

        var config = Path.Combine(ContractTools.Folder, "redocly.yaml");
        var lint = await ContractTools.ToolAsync("redocly", ["lint", document, "--config", config, "--format", "json", "--max-problems", "1000"]);

        // The JSON report's totals count warnings, which leave the exit code 0; on failure, show the readable report.
        var report = lint.StandardOutput.IndexOf('{', StringComparison.Ordinal) is var start and >= 0
            ? JsonNode.Parse(lint.StandardOutput[start..])
            : null;
        var totals = report?["totals"];
        if (totals is null || (int)totals["errors"]! != 0 || (int)totals["warnings"]! != 0)
        {
            var readable = await ContractTools.ToolAsync("redocly", ["lint", document, "--config", config, "--format", "stylish", "--max-problems", "1000"]);
            Assert.Fail($"redocly lint (exit {lint.ExitCode}) found problems:\n{readable.Output}\n{lint.StandardError}");
        }
        Assert.Equal(0, lint.ExitCode);
    }

    [Fact]
    public async Task GeneratedTypeScriptClient_TypeChecksAValidFiling_AndRefusesAnUnknownChannel()
    {
        var document = await SaveDocumentAsync();
        var generate = await ContractTools.ToolAsync("openapi-typescript", [document, "--output", Path.Combine(_folder, "api.d.ts")]);
        Assert.True(generate.ExitCode == 0, "openapi-typescript failed:\n" + generate.Output);

        // One compile of both samples (tsc's start-up is most of its time): the valid one must pass, the other fail.
        var bad = Filing("\"Fax-Machine\"");
        var check = await TypeCheckAsync(("good.ts", Filing("\"Phone\"") + Reading), ("bad.ts", bad));
        var channelLine = bad.Split('\n').TakeWhile(line => !line.Contains("channel:", StringComparison.Ordinal)).Count() + 1;

        // The one error: the unknown channel, on its line, held against the allowed names.
        var errors = check.Output.Split('\n').Where(line => line.Contains(": error TS", StringComparison.Ordinal)).ToArray();
        Assert.True(check.ExitCode != 0 && errors.Length == 1 && errors[0].StartsWith("bad.ts(", StringComparison.Ordinal),
            $"tsc --strict should refuse bad.ts alone (exit {check.ExitCode}):\n{check.Output}");
        var error = errors[0];
        Assert.StartsWith($"bad.ts({channelLine},", error, StringComparison.Ordinal);
        Assert.Contains("\"Fax-Machine\"", error, StringComparison.Ordinal);
        Assert.Contains("\"Phone\"", error, StringComparison.Ordinal);
    }

    /// <summary>A filing as an integrator writes it against the generated types, with <paramref name="channel"/>.</summary>
    private static string Filing(string channel) => $$"""
        import type { components, paths } from "./api";

        type Filing = paths["/api/complaints"]["post"]["requestBody"]["content"]["application/json"];
        export const filing: Filing = {
          customerId: "cust-1042",
          channel: {{channel}},
          subject: "Order",
          description: "The sofa arrived with a torn cover.",
          demand: "Exchange",
          category: "Delivery",
          severity: "High",
        };
        export type Problem = components["schemas"]["ProblemDetails"];

        """;

    /// <summary>Reading a response: enums are unions of names, numbers are numbers, a nullable enum may be null.</summary>
    private const string Reading = """
        type Complaint = paths["/api/complaints/{id}"]["get"]["responses"][200]["content"]["application/json"];
        export function describe(c: Complaint, p: Problem): string {
          const severity: "Low" | "Medium" | "High" | "Critical" = c.severity;
          const sequence: number = c.sequence;
          const outcome: string = c.outcome ?? "open";
          const first: string = p.errors[0]?.code ?? p.code;
          return `${severity} ${sequence} ${outcome} ${first}`;
        }

        """;

    private async Task<ToolRun> TypeCheckAsync(params (string Name, string Source)[] files)
    {
        foreach (var (name, source) in files)
            await File.WriteAllTextAsync(Path.Combine(_folder, name), source);
        return await ContractTools.ToolAsync("tsc",
            ["--strict", "--noEmit", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler", "--pretty", "false",
             .. files.Select(f => f.Name)], _folder);
    }

    private async Task<string> SaveDocumentAsync()
    {
        var document = (await fixture.Http.GetFromJsonAsync<JsonObject>(ApiOpenApi.Path))!;
        var path = Path.Combine(_folder, "openapi.json");
        await File.WriteAllTextAsync(path, document.ToJsonString());
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
