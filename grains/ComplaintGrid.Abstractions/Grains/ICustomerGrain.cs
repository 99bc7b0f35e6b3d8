using Orleans.Concurrency;

namespace ComplaintGrid;

/// <summary>A customer, keyed by customer id: complaint history summary and live churn risk.</summary>
[Alias("cg.ICustomerGrain")]
public interface ICustomerGrain : IGrainWithStringKey
{
    /// <summary>The customer's history summary and churn risk with its top factors.</summary>
    [Alias("Get"), ReadOnly]
    Task<CustomerView> Get();

    /// <summary>Sets what the CRM knows of the customer (tenure, value tier).</summary>
    [Alias("SetProfile")]
    Task<CustomerView> SetProfile(CustomerProfile profile);

    /// <summary>
    /// Erases the personal texts of every complaint of this customer, in the complaints, their views and queued webhook
    /// deliveries; each complaint records the erasure as a <see cref="ComplaintEventKind.PersonalDataErased"/> event.
    /// Idempotent: a repeat erases nothing more and records nothing.
    /// </summary>
    [Alias("ErasePersonalData")]
    Task<PersonalDataErasure> ErasePersonalData(ErasePersonalData command);

    /// <summary>The customer's bad-faith pattern flag with its reasons and story links; for supervisors only.</summary>
    [Alias("GetBadFaith"), ReadOnly]
    Task<BadFaithView> GetBadFaith();

    /// <summary>
    /// Clears the bad-faith flag, keeping who cleared it, when and why; it stays cleared until new facts raise it again.
    /// Refused with <see cref="ErrorCodes.NotFlagged"/> when no flag is raised.
    /// </summary>
    [Alias("ClearBadFaith")]
    Task<BadFaithView> ClearBadFaith(ClearBadFaith command);

    /// <summary>
    /// Records what the customer did (stayed, left, downgraded) with their churn features as they stand now, and hands it
    /// to the churn model registry for later fits. A customer with no complaint on record is refused
    /// (<c>customer.unknown</c>, field <c>customerId</c>); a repeat of the last outcome (same outcome and time) records nothing new.
    /// </summary>
    [Alias("RecordOutcome")]
    Task<CustomerOutcomeRecord> RecordOutcome(RecordCustomerOutcome command);
}
