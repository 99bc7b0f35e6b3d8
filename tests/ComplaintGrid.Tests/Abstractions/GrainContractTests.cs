using System.Reflection;
using ComplaintGrid.Grains;
using ComplaintGrid.Grains.BadFaith;
using ComplaintGrid.Grains.Feed;
using ComplaintGrid.Grains.History;
using ComplaintGrid.Grains.Ids;
using ComplaintGrid.Grains.Incidents;
using ComplaintGrid.Grains.Webhooks;

namespace ComplaintGrid.Tests.Abstractions;

/// <summary>
/// The public contract (ComplaintGrid.Abstractions, which integrators reference) offers only what integrators call.
/// What grains call on each other (delivery, release, board writes, the id secret) lives in grain-only interfaces in
/// ComplaintGrid.Grains, and no public type reaches one of them, nor one of their methods, by inheritance or by copy.
/// </summary>
public sealed class GrainContractTests
{
    private static readonly Assembly Contract = typeof(IComplaintGrain).Assembly;
    private static readonly Assembly Silo = typeof(IComplaintEventReceiver).Assembly;

    /// <summary>Every grain-to-grain interface; a new one belongs here (the last test says so).</summary>
    private static readonly Type[] GrainOnly =
    [
        typeof(IComplaintEventReceiver),
        typeof(IComplaintSummarySource),
        typeof(IComplaintErasure),
        typeof(ComplaintGrid.Grains.Duplicates.IDuplicateLinks),
        typeof(ICustomerViewGrain),
        typeof(IDepartmentViewGrain),
        typeof(IDashboardPublisherGrain),
        typeof(IEscalationBoardWriterGrain),
        typeof(IRiskBoardWriterGrain),
        typeof(IWebhookQueueGrain),
        typeof(IComplaintIdKeyGrain),
        typeof(IHistoryProjectorGrain),
        typeof(IStoryIndexGrain),
        typeof(ICustomerStoryGrain),
        typeof(IFlaggedCustomersRegister),
        typeof(IIncidentDetectorGrain),
        typeof(IIncidentOpeningGrain),
        typeof(IIncidentMemberGrain),
        typeof(IIncidentBoardWriterGrain),
    ];

    [Fact]
    public void GrainOnlyInterfaces_AreInternalToTheGrainsAssembly()
    {
        Assert.All(GrainOnly, g => Assert.Same(Silo, g.Assembly));
        Assert.DoesNotContain(GrainOnly, g => g.IsVisible);
    }

    [Fact]
    public void NoPublicContractType_IsAssignableFromOrToAGrainOnlyInterface() =>
        Assert.Empty(Reaching(Contract.GetExportedTypes()));

    [Fact]
    public void NoPublicGrainInterface_DeclaresAMethodOnlyGrainsMayCall() =>
        Assert.Empty(Exposing(Contract.GetExportedTypes()));

    [Fact]
    public void TheChecks_CatchAnInterfaceThatInheritsDelivery()
    {
        // What ICustomerGrain and IDepartmentGrain were before the split: public faces whose base was the delivery contract.
        Type[] leaking = [typeof(ICustomerViewGrain), typeof(IDepartmentViewGrain)];

        Assert.Contains("ComplaintGrid.Grains.ICustomerViewGrain reaches ComplaintGrid.Grains.IComplaintEventReceiver", Reaching(leaking));
        Assert.Contains("IDepartmentViewGrain.Apply", Exposing(leaking));
        Assert.Contains("IDepartmentViewGrain.ReleaseDeparted", Exposing(leaking));
    }

    [Fact]
    public void EveryGrainInterfaceOfTheGrainsAssembly_IsListedAsGrainOnly()
    {
        var declared = Silo.GetTypes()
            .Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t) && t.GetCustomAttribute<AliasAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(GrainOnly.OrderBy(t => t.FullName, StringComparer.Ordinal), declared);
    }

    /// <summary>Each of <paramref name="types"/> that inherits, or is a base of, a grain-only interface.</summary>
    private static List<string> Reaching(IEnumerable<Type> types) =>
        types.SelectMany(t => GrainOnly
                .Where(g => g != t && (g.IsAssignableFrom(t) || t.IsAssignableFrom(g)))
                .Select(g => $"{t.FullName} reaches {g.FullName}"))
            .ToList();

    /// <summary>Each method of a grain interface among <paramref name="types"/> with the signature of a grain-only method.</summary>
    private static List<string> Exposing(IEnumerable<Type> types)
    {
        var grainOnly = GrainOnly.SelectMany(g => g.GetMethods()).Select(Signature).ToHashSet(StringComparer.Ordinal);
        return types
            .Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t))
            .SelectMany(t => AllMethods(t).Where(m => grainOnly.Contains(Signature(m))).Select(m => $"{t.Name}.{m.Name}"))
            .ToList();
    }

    private static IEnumerable<MethodInfo> AllMethods(Type grainInterface) =>
        grainInterface.GetInterfaces().Append(grainInterface).SelectMany(i => i.GetMethods());

    private static string Signature(MethodInfo method) =>
        $"{method.ReturnType} {method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType))})";
}
