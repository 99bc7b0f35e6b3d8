using System.Reflection;
using System.Text.Json;
using ComplaintGrid.Client;
using ComplaintGrid.Tests.Grains;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace ComplaintGrid.Tests.Client.Fuzz;

/// <summary>
/// Every public method of <see cref="ComplaintGridClient"/> (by reflection, so none is missed), fed hostile ids and
/// commands with one field broken at a time: each throws <see cref="ComplaintGridException"/> with a code and the
/// broken field, never another exception, and the complaint is exactly as it was. A null command is a programming
/// error and throws <see cref="ArgumentNullException"/>, as for any .NET API.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClientFuzzTests(ClusterFixture fixture, ITestOutputHelper output)
{
    private readonly ComplaintGridClient _client = new(fixture.Grains, Options.Create(new ComplaintGridClientOptions()), NullLogger<ComplaintGridClient>.Instance);
    private int _cases;
    private readonly List<string> _failures = [];

    [Fact]
    public async Task EveryClientMethod_HostileArguments_ThrowComplaintGridExceptionNamingTheField_AndChangeNothing()
    {
        var methods = typeof(ComplaintGridClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        var fuzzed = 0;
        foreach (var method in methods.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            var parameters = method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).ToArray();
            if (parameters.Length == 0)
                continue; // ListDepartments: nothing to break
            var filed = await _client.File(TestComplaints.Filing(TestComplaints.NewCustomer()));
            var before = JsonSerializer.Serialize(await _client.Get(filed.Id));
            var valid = parameters.Select(p => ValidArgument(p, filed)).ToArray();
            for (var i = 0; i < parameters.Length; i++)
            {
                foreach (var (field, label, value) in HostileArguments(parameters[i], valid[i]))
                {
                    var args = (object?[])valid.Clone();
                    args[i] = value;
                    await ExpectRefusal(method, args, field, $"{method.Name}({parameters[i].Name} {label})");
                }
            }
            if (JsonSerializer.Serialize(await _client.Get(filed.Id)) != before)
                _failures.Add($"{method.Name}: hostile arguments changed the complaint");
            fuzzed++;
        }
        output.WriteLine($"client: {_cases} cases tried over {fuzzed} methods, {_failures.Count} failed");
        foreach (var failure in _failures.Take(100))
            output.WriteLine("  " + failure);
        Assert.True(_failures.Count == 0, $"{_failures.Count} of {_cases} cases failed:\n" + string.Join("\n", _failures.Take(60)));
        Assert.True(fuzzed >= 22, $"only {fuzzed} client methods fuzzed");
        Assert.True(_cases >= 700, $"only {_cases} cases tried");
    }

    private static object? ValidArgument(ParameterInfo parameter, ComplaintView filed) => parameter.Name switch
    {
        "complaintId" => filed.Id,
        // Well-formed and naming none: every hostile command is refused before it could reach an incident.
        "incidentId" => "INC-000000000000",
        "customerId" => filed.CustomerId,
        "departmentId" => "logistics",
        "query" when parameter.ParameterType == typeof(ServiceReportQuery) => HostileReportQueries.Service,
        "query" when parameter.ParameterType == typeof(RootCauseQuery) => HostileReportQueries.RootCauses,
        "query" => HostileSearchQueries.Valid,
        _ => ValidCommands.For(parameter.ParameterType),
    };

    private static IEnumerable<(string? Field, string Label, object? Value)> HostileArguments(ParameterInfo parameter, object? valid) => parameter.Name switch
    {
        "complaintId" => Fuzz.HostileArguments.ComplaintIds().Select(v => ((string?)"id", v.Label, (object?)v.Value)),
        "incidentId" => Fuzz.HostileArguments.IncidentIds().Select(v => ((string?)"id", v.Label, (object?)v.Value)),
        "customerId" or "departmentId" => Fuzz.HostileArguments.Identifiers(optional: false).Select(v => ((string?)parameter.Name, v.Label, (object?)v.Value)),
        "query" when parameter.ParameterType == typeof(ServiceReportQuery) =>
            HostileReportQueries.AllService().Select(q => ((string?)q.Field, $"{q.Field} {q.Label}", (object?)q.Query)).Prepend((null, "null query", null)),
        "query" when parameter.ParameterType == typeof(RootCauseQuery) =>
            HostileReportQueries.AllRootCauses().Select(q => ((string?)q.Field, $"{q.Field} {q.Label}", (object?)q.Query)).Prepend((null, "null query", null)),
        "query" => HostileSearchQueries.All().Select(q => ((string?)q.Field, $"{q.Field} {q.Label}", (object?)q.Query)).Prepend((null, "null query", null)),
        // A null command is ArgumentNullException (Field null), everything else names the broken field.
        _ => CommandMutations.Of(valid!).Select(m => ((string?)m.Field, $"{m.Field} = {m.Label}", (object?)m.Command)).Prepend((null, "null command", null)),
    };

    private async Task ExpectRefusal(MethodInfo method, object?[] args, string? field, string testCase)
    {
        _cases++;
        Exception? thrown = null;
        try
        {
            var task = (Task)method.Invoke(_client, [.. args, CancellationToken.None])!;
            await task;
        }
        catch (TargetInvocationException ex)
        {
            thrown = ex.InnerException;
        }
        catch (Exception ex)
        {
            thrown = ex;
        }
        var failure = (thrown, field) switch
        {
            (null, _) => "accepted",
            (ArgumentNullException, null) => null,
            (_, null) => $"{thrown.GetType().Name} instead of ArgumentNullException: {thrown.Message}",
            (ComplaintGridException refused, _) when string.IsNullOrEmpty(refused.Code) => "no code",
            (ComplaintGridException refused, _) when refused.Errors[0].Field != field => $"field '{refused.Errors[0].Field}' ({refused.Code}), expected '{field}'",
            (ComplaintGridException, _) => null,
            _ => $"{thrown.GetType().Name}: {thrown.Message}",
        };
        if (failure is not null)
            _failures.Add($"{testCase}: {failure}");
    }
}
