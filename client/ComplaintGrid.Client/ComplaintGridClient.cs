using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Client;

/// <summary>
/// The typed client for integrations: every lifecycle action and query, with the retry policy of
/// <see cref="ComplaintGridClientOptions"/>. Filing is idempotent by the caller's key, so a retried filing
/// never files twice. A retried action whose first attempt did land answers with
/// <c>complaint.transition.illegal</c>; read the complaint to see where it stands.
/// Refused commands throw <see cref="ComplaintGridException"/> and are never retried.
/// </summary>
public sealed class ComplaintGridClient(IGrainFactory grains, IOptions<ComplaintGridClientOptions> options, ILogger<ComplaintGridClient> logger)
{
    private readonly ComplaintGridClientOptions _options = options.Value;

    /// <summary>Files a complaint; the id is derived from the customer id and idempotency key.</summary>
    public Task<ComplaintView> File(FileComplaint command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        CommandValidator.Validate(command);
        var id = ComplaintIds.For(command.CustomerId, command.IdempotencyKey);
        return Retry("File", () => Complaint(id).File(command), cancellationToken);
    }

    public Task<ComplaintView> Get(string complaintId, CancellationToken cancellationToken = default) =>
        Retry("Get", () => Complaint(complaintId).Get(), cancellationToken);

    public Task<ComplaintView> Acknowledge(string complaintId, AcknowledgeComplaint command, CancellationToken cancellationToken = default) =>
        Retry("Acknowledge", () => Complaint(complaintId).Acknowledge(command), cancellationToken);

    public Task<ComplaintView> Assess(string complaintId, AssessComplaint command, CancellationToken cancellationToken = default) =>
        Retry("Assess", () => Complaint(complaintId).Assess(command), cancellationToken);

    public Task<ComplaintView> Route(string complaintId, RouteComplaint command, CancellationToken cancellationToken = default) =>
        Retry("Route", () => Complaint(complaintId).Route(command), cancellationToken);

    public Task<ComplaintView> HandOff(string complaintId, HandOffComplaint command, CancellationToken cancellationToken = default) =>
        Retry("HandOff", () => Complaint(complaintId).HandOff(command), cancellationToken);

    public Task<ComplaintView> StartInvestigation(string complaintId, StartInvestigation command, CancellationToken cancellationToken = default) =>
        Retry("StartInvestigation", () => Complaint(complaintId).StartInvestigation(command), cancellationToken);

    public Task<ComplaintView> RecordInvestigation(string complaintId, RecordInvestigation command, CancellationToken cancellationToken = default) =>
        Retry("RecordInvestigation", () => Complaint(complaintId).RecordInvestigation(command), cancellationToken);

    public Task<ComplaintView> ProposeRemedy(string complaintId, ProposeRemedy command, CancellationToken cancellationToken = default) =>
        Retry("ProposeRemedy", () => Complaint(complaintId).ProposeRemedy(command), cancellationToken);

    public Task<ComplaintView> ApproveRemedy(string complaintId, ApproveRemedy command, CancellationToken cancellationToken = default) =>
        Retry("ApproveRemedy", () => Complaint(complaintId).ApproveRemedy(command), cancellationToken);

    public Task<ComplaintView> RejectRemedy(string complaintId, RejectRemedy command, CancellationToken cancellationToken = default) =>
        Retry("RejectRemedy", () => Complaint(complaintId).RejectRemedy(command), cancellationToken);

    public Task<ComplaintView> StartImplementation(string complaintId, StartImplementation command, CancellationToken cancellationToken = default) =>
        Retry("StartImplementation", () => Complaint(complaintId).StartImplementation(command), cancellationToken);

    public Task<ComplaintView> Resolve(string complaintId, ResolveComplaint command, CancellationToken cancellationToken = default) =>
        Retry("Resolve", () => Complaint(complaintId).Resolve(command), cancellationToken);

    public Task<ComplaintView> RecordFeedback(string complaintId, RecordFeedback command, CancellationToken cancellationToken = default) =>
        Retry("RecordFeedback", () => Complaint(complaintId).RecordFeedback(command), cancellationToken);

    public Task<ComplaintView> Close(string complaintId, CloseComplaint command, CancellationToken cancellationToken = default) =>
        Retry("Close", () => Complaint(complaintId).Close(command), cancellationToken);

    public Task<ComplaintView> PutOnHold(string complaintId, PutOnHold command, CancellationToken cancellationToken = default) =>
        Retry("PutOnHold", () => Complaint(complaintId).PutOnHold(command), cancellationToken);

    public Task<ComplaintView> Resume(string complaintId, ResumeComplaint command, CancellationToken cancellationToken = default) =>
        Retry("Resume", () => Complaint(complaintId).Resume(command), cancellationToken);

    public Task<ComplaintView> InformCustomer(string complaintId, InformCustomer command, CancellationToken cancellationToken = default) =>
        Retry("InformCustomer", () => Complaint(complaintId).InformCustomer(command), cancellationToken);

    public Task<ComplaintView> RequestEscalation(string complaintId, RequestEscalation command, CancellationToken cancellationToken = default) =>
        Retry("RequestEscalation", () => Complaint(complaintId).RequestEscalation(command), cancellationToken);

    public Task<CustomerView> GetCustomer(string customerId, CancellationToken cancellationToken = default) =>
        Retry("GetCustomer", () => grains.GetGrain<ICustomerGrain>(customerId).Get(), cancellationToken);

    public Task<DepartmentView> GetDepartment(string departmentId, CancellationToken cancellationToken = default) =>
        Retry("GetDepartment", () => grains.GetGrain<IDepartmentGrain>(departmentId).Get(), cancellationToken);

    public Task<IReadOnlyList<ComplaintSummary>> GetQueue(string departmentId, CancellationToken cancellationToken = default) =>
        Retry("GetQueue", () => grains.GetGrain<IDepartmentGrain>(departmentId).ListOpen(), cancellationToken);

    public Task<IReadOnlyList<DepartmentView>> ListDepartments(CancellationToken cancellationToken = default) =>
        Retry("ListDepartments", () => grains.GetGrain<IDepartmentDirectoryGrain>(0).List(), cancellationToken);

    private IComplaintGrain Complaint(string complaintId)
    {
        if (!ComplaintIds.IsWellFormed(complaintId))
            throw new ComplaintGridException(ErrorCodes.NotFound, "id", "Complaint ids look like CMP-0123456789ABC.");
        return grains.GetGrain<IComplaintGrain>(complaintId);
    }

    /// <summary>Exponential backoff with jitter on transient failures only.</summary>
    private async Task<T> Retry<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var delay = _options.FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception ex) when (attempt < _options.MaxAttempts && TransientFailures.IsTransient(ex))
            {
                var wait = delay + TimeSpan.FromMilliseconds(Random.Shared.Next(0, (int)delay.TotalMilliseconds / 2 + 1));
                ClientLog.Retrying(logger, operation, attempt, _options.MaxAttempts, ex.GetType().Name, wait);
                await Task.Delay(wait, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxRetryDelay.Ticks));
            }
        }
    }
}
