using Orleans.Concurrency;

namespace ComplaintGrid;

/// <summary>A customer, keyed by customer id: complaint history summary and live churn risk.</summary>
[Alias("cg.ICustomerGrain")]
public interface ICustomerGrain : IComplaintEventReceiver
{
    /// <summary>The customer's history summary and churn risk with its top factors.</summary>
    [Alias("Get"), ReadOnly]
    Task<CustomerView> Get();

    /// <summary>Whether a complaint of this customer's has this id (the intake asks, to honour filings made before ids were keyed).</summary>
    [Alias("HasComplaint"), ReadOnly]
    Task<bool> HasComplaint(string complaintId);

    /// <summary>Sets what the CRM knows of the customer (tenure, value tier).</summary>
    [Alias("SetProfile")]
    Task<CustomerView> SetProfile(CustomerProfile profile);
}
