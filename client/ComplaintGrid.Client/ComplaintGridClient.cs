using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace ComplaintGrid.Client;

/// <summary>
/// The typed client for integrations: every lifecycle action and query, with the retry policy of
/// <see cref="ComplaintGridClientOptions"/>. Filing is idempotent by the caller's key, so a retried filing
/// never files twice. A retried action whose first attempt did land answers with
/// <c>complaint.transition.illegal</c>; read the complaint to see where it stands.
/// Refused commands throw <see cref="ComplaintGridException"/> and are never retried.
/// </summary>
public sealed class ComplaintGridClient(
    IGrainFactory grains, IOptions<ComplaintGridClientOptions> options, ILogger<ComplaintGridClient> logger, TimeProvider? time = null)
{
    private readonly ResiliencePipeline _retry = ClientRetry.Create(options.Value, time ?? TimeProvider.System, logger);

    /// <summary>
    /// Files a complaint through the cluster's intake, which gives it its id (read it from the answer); filing again with
    /// the same customer id and idempotency key returns the same complaint.
    /// </summary>
    public Task<ComplaintView> File(FileComplaint command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        CommandValidator.Validate(command);
        return Retry("File", () => grains.FileComplaint(command), cancellationToken);
    }

    public Task<ComplaintView> Get(string complaintId, CancellationToken cancellationToken = default) =>
        Retry("Get", () => Complaint(complaintId).Get(), cancellationToken);

    public Task<ComplaintView> Acknowledge(string complaintId, AcknowledgeComplaint command, CancellationToken cancellationToken = default) =>
        Retry("Acknowledge", () => Complaint(complaintId).Acknowledge(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> Assess(string complaintId, AssessComplaint command, CancellationToken cancellationToken = default) =>
        Retry("Assess", () => Complaint(complaintId).Assess(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> Route(string complaintId, RouteComplaint command, CancellationToken cancellationToken = default) =>
        Retry("Route", () => Complaint(complaintId).Route(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> HandOff(string complaintId, HandOffComplaint command, CancellationToken cancellationToken = default) =>
        Retry("HandOff", () => Complaint(complaintId).HandOff(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> StartInvestigation(string complaintId, StartInvestigation command, CancellationToken cancellationToken = default) =>
        Retry("StartInvestigation", () => Complaint(complaintId).StartInvestigation(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> RecordInvestigation(string complaintId, RecordInvestigation command, CancellationToken cancellationToken = default) =>
        Retry("RecordInvestigation", () => Complaint(complaintId).RecordInvestigation(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> ProposeRemedy(string complaintId, ProposeRemedy command, CancellationToken cancellationToken = default) =>
        Retry("ProposeRemedy", () => Complaint(complaintId).ProposeRemedy(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> ApproveRemedy(string complaintId, ApproveRemedy command, CancellationToken cancellationToken = default) =>
        Retry("ApproveRemedy", () => Complaint(complaintId).ApproveRemedy(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> RejectRemedy(string complaintId, RejectRemedy command, CancellationToken cancellationToken = default) =>
        Retry("RejectRemedy", () => Complaint(complaintId).RejectRemedy(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> StartImplementation(string complaintId, StartImplementation command, CancellationToken cancellationToken = default) =>
        Retry("StartImplementation", () => Complaint(complaintId).StartImplementation(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> Resolve(string complaintId, ResolveComplaint command, CancellationToken cancellationToken = default) =>
        Retry("Resolve", () => Complaint(complaintId).Resolve(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> RecordFeedback(string complaintId, RecordFeedback command, CancellationToken cancellationToken = default) =>
        Retry("RecordFeedback", () => Complaint(complaintId).RecordFeedback(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> Close(string complaintId, CloseComplaint command, CancellationToken cancellationToken = default) =>
        Retry("Close", () => Complaint(complaintId).Close(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> PutOnHold(string complaintId, PutOnHold command, CancellationToken cancellationToken = default) =>
        Retry("PutOnHold", () => Complaint(complaintId).PutOnHold(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> Resume(string complaintId, ResumeComplaint command, CancellationToken cancellationToken = default) =>
        Retry("Resume", () => Complaint(complaintId).Resume(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> InformCustomer(string complaintId, InformCustomer command, CancellationToken cancellationToken = default) =>
        Retry("InformCustomer", () => Complaint(complaintId).InformCustomer(Valid(command, CommandValidator.Validate)), cancellationToken);

    /// <summary>
    /// Merges the same customer's <paramref name="command"/>.Duplicates into <paramref name="complaintId"/>, their primary:
    /// each is closed as a duplicate with its customer told; every id is checked first and nothing changes when one is refused.
    /// </summary>
    public Task<ComplaintView> MergeDuplicates(string complaintId, MergeDuplicates command, CancellationToken cancellationToken = default) =>
        Retry("MergeDuplicates", () => Complaint(complaintId).MergeDuplicates(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<ComplaintView> RequestEscalation(string complaintId, RequestEscalation command, CancellationToken cancellationToken = default) =>
        Retry("RequestEscalation", () => Complaint(complaintId).RequestEscalation(Valid(command, CommandValidator.Validate)), cancellationToken);

    public Task<CustomerView> GetCustomer(string customerId, CancellationToken cancellationToken = default)
    {
        var customer = grains.GetGrain<ICustomerGrain>(WellFormed("customerId", customerId));
        return Retry("GetCustomer", () => customer.Get(), cancellationToken);
    }

    /// <summary>The customer's bad-faith pattern flag with its reasons and story links: for supervisors' tools only.</summary>
    public Task<BadFaithView> GetBadFaith(string customerId, CancellationToken cancellationToken = default)
    {
        var customer = grains.GetGrain<ICustomerGrain>(WellFormed("customerId", customerId));
        return Retry("GetBadFaith", () => customer.GetBadFaith(), cancellationToken);
    }

    /// <summary>The customers whose bad-faith flag is raised, most recently raised first: for supervisors' tools only.</summary>
    public Task<IReadOnlyList<FlaggedCustomer>> ListFlaggedCustomers(CancellationToken cancellationToken = default) =>
        Retry("ListFlaggedCustomers", () => grains.GetGrain<IFlaggedCustomersGrain>(0).List(), cancellationToken);

    /// <summary>
    /// Clears the customer's bad-faith flag with a supervisor's reason; a customer without a raised flag is refused with
    /// <see cref="ErrorCodes.NotFlagged"/>, so a retry after a lost answer reports that code.
    /// </summary>
    public Task<BadFaithView> ClearBadFaith(string customerId, ClearBadFaith command, CancellationToken cancellationToken = default)
    {
        var customer = grains.GetGrain<ICustomerGrain>(WellFormed("customerId", customerId));
        return Retry("ClearBadFaith", () => customer.ClearBadFaith(Valid(command, CommandValidator.Validate)), cancellationToken);
    }

    /// <summary>Erases the customer's personal texts from every complaint of theirs; safe to retry (a repeat erases nothing more).</summary>
    public Task<PersonalDataErasure> ErasePersonalData(string customerId, ErasePersonalData command, CancellationToken cancellationToken = default)
    {
        var customer = grains.GetGrain<ICustomerGrain>(WellFormed("customerId", customerId));
        return Retry("ErasePersonalData", () => customer.ErasePersonalData(Valid(command, CommandValidator.Validate)), cancellationToken);
    }

    /// <summary>
    /// Records what the customer did (stayed, left, downgraded) and when (null for now), with their churn features as they
    /// stand; kept for fitting the churn model. A customer with no complaint on record is refused (<c>customer.unknown</c>).
    /// Safe to retry: a repeat of the customer's last outcome records nothing new.
    /// </summary>
    public Task<CustomerOutcomeRecord> RecordOutcome(string customerId, RecordCustomerOutcome command, CancellationToken cancellationToken = default)
    {
        var customer = grains.GetGrain<ICustomerGrain>(WellFormed("customerId", customerId));
        return Retry("RecordOutcome", () => customer.RecordOutcome(Valid(command, CommandValidator.Validate)), cancellationToken);
    }

    /// <summary>The current churn model and the ones it replaced, with their held-out AUCs and weights.</summary>
    public Task<ChurnModels> ChurnModels(CancellationToken cancellationToken = default) =>
        Retry("ChurnModels", () => grains.GetGrain<IChurnModelGrain>(0).Models(), cancellationToken);

    /// <summary>
    /// Fits a churn model to the recorded outcomes and adopts it when its held-out AUC beats the current model's. Too few
    /// outcomes is refused (<c>churn.fit.too_few_outcomes</c>). A retry after an adoption fits again on the same outcomes and
    /// adopts nothing (the candidate only ties the model just adopted).
    /// </summary>
    public Task<ChurnFitResult> FitChurnModel(CancellationToken cancellationToken = default) =>
        Retry("FitChurnModel", () => grains.GetGrain<IChurnModelGrain>(0).Fit(), cancellationToken);

    public Task<DepartmentView> GetDepartment(string departmentId, CancellationToken cancellationToken = default)
    {
        var department = grains.GetGrain<IDepartmentGrain>(WellFormed("departmentId", departmentId));
        return Retry("GetDepartment", () => department.Get(), cancellationToken);
    }

    public Task<IReadOnlyList<ComplaintSummary>> GetQueue(string departmentId, CancellationToken cancellationToken = default)
    {
        var department = grains.GetGrain<IDepartmentGrain>(WellFormed("departmentId", departmentId));
        return Retry("GetQueue", () => department.ListOpen(), cancellationToken);
    }

    public Task<IReadOnlyList<DepartmentView>> ListDepartments(CancellationToken cancellationToken = default) =>
        Retry("ListDepartments", () => grains.GetGrain<IDepartmentDirectoryGrain>(0).List(), cancellationToken);

    /// <summary>
    /// One page of the complaint history matching <paramref name="query"/>, closed complaints included, newest filing
    /// first; pass the page's last id as <see cref="ComplaintSearchQuery.After"/> for the next. The query is checked here
    /// as the HTTP API checks it. Needs a durable storage profile: an in-memory silo keeps no history and answers
    /// <see cref="ComplaintGridUnavailableException"/>.
    /// </summary>
    public Task<ComplaintSearchPage> Search(ComplaintSearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Check(new RuleCheck()).ThrowIfAny();
        return Retry("Search", () => grains.GetGrain<IComplaintSearchGrain>(0).Search(query), cancellationToken);
    }

    /// <summary>
    /// The service report over the complaint history: per department and period (day, ISO week or month) in a time zone.
    /// The query is checked here as the HTTP API checks it; needs a durable storage profile, as <see cref="Search"/>.
    /// </summary>
    public Task<ServiceReport> ServiceReport(ServiceReportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Check(new RuleCheck()).ThrowIfAny();
        return Retry("ServiceReport", () => grains.GetGrain<IComplaintReportGrain>(0).ServiceReport(query), cancellationToken);
    }

    /// <summary>
    /// The root-cause Pareto over the complaint history, per department, with lessons and prevention actions. The query
    /// is checked here as the HTTP API checks it; needs a durable storage profile, as <see cref="Search"/>.
    /// </summary>
    public Task<RootCauseReport> RootCauses(RootCauseQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Check(new RuleCheck()).ThrowIfAny();
        return Retry("RootCauses", () => grains.GetGrain<IComplaintReportGrain>(0).RootCauses(query), cancellationToken);
    }

    /// <summary>The open incidents (bursts of complaints about one cause), newest first.</summary>
    public Task<IReadOnlyList<IncidentEntry>> ListIncidents(CancellationToken cancellationToken = default) =>
        Retry("ListIncidents", async () => (await grains.GetGrain<IIncidentBoardGrain>(0).GetIfChanged(-1))?.Entries ?? [], cancellationToken);

    /// <summary>The incident with its members.</summary>
    public Task<IncidentView> GetIncident(string incidentId, CancellationToken cancellationToken = default)
    {
        var incident = Incident(incidentId);
        return Retry("GetIncident", () => incident.Get(), cancellationToken);
    }

    /// <summary>Joins a complaint to the incident by hand; a complaint of another department needs a reason.</summary>
    public Task<IncidentView> JoinIncident(string incidentId, JoinIncident command, CancellationToken cancellationToken = default)
    {
        var incident = Incident(incidentId);
        var valid = Valid(command, IncidentCommands.Validate);
        return Retry("JoinIncident", () => incident.Join(valid), cancellationToken);
    }

    /// <summary>Tells every open member's customer one message. Not retried: a retry would tell them twice.</summary>
    public Task<IncidentActOutcome> InformIncident(string incidentId, InformIncident command, CancellationToken cancellationToken = default)
    {
        var incident = Incident(incidentId);
        var valid = Valid(command, IncidentCommands.Validate);
        cancellationToken.ThrowIfCancellationRequested();
        return incident.Inform(valid);
    }

    /// <summary>
    /// Records the incident's cause and closes every member the lifecycle lets close now with one evaluation. Not
    /// retried: once it lands the incident is resolved, and a retry is refused.
    /// </summary>
    public Task<IncidentActOutcome> ResolveIncident(string incidentId, ResolveIncident command, CancellationToken cancellationToken = default)
    {
        var incident = Incident(incidentId);
        var valid = Valid(command, IncidentCommands.Validate);
        cancellationToken.ThrowIfCancellationRequested();
        return incident.Resolve(valid);
    }

    private IIncidentGrain Incident(string incidentId)
    {
        if (!IncidentIds.IsWellFormed(incidentId))
            throw new ComplaintGridException(ErrorCodes.NotFound, "id", "Incident ids look like INC-0123456789AB.");
        return grains.GetGrain<IIncidentGrain>(incidentId);
    }

    /// <summary>A malformed customer or department id names nothing: refuse it as the HTTP API does, activating no grain.</summary>
    private static string WellFormed(string field, string id)
    {
        new RuleCheck().Identifier(field, id).ThrowIfAny();
        return id;
    }

    /// <summary>
    /// The command's input rules, checked before it travels, as for a filing: Orleans writes strings as UTF-8, so half
    /// a surrogate pair would arrive as U+FFFD and pass. A null command is a programming error, not a refused command.
    /// </summary>
    private static T Valid<T>(T command, Action<T> validate, [CallerArgumentExpression(nameof(command))] string? name = null) where T : class
    {
        ArgumentNullException.ThrowIfNull(command, name);
        validate(command);
        return command;
    }

    private IComplaintGrain Complaint(string complaintId)
    {
        if (!ComplaintIds.IsWellFormed(complaintId))
            throw new ComplaintGridException(ErrorCodes.NotFound, "id", "Complaint ids look like CMP-0123456789ABC.");
        return grains.GetGrain<IComplaintGrain>(complaintId);
    }

    private Task<T> Retry<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken) =>
        _retry.Run(operation, call, cancellationToken);
}
