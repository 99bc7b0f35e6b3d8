using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Domain.Approval;

/// <summary>When a remedy needs a supervisor (configuration section <c>ComplaintGrid:Approval</c>).</summary>
public sealed class ApprovalOptions
{
    public const string SectionName = "ComplaintGrid:Approval";

    /// <summary>Refunds, discounts and compensation above this amount need approval.</summary>
    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "ComplaintGrid:Approval:CompensationThreshold must be between 0 and 1000000.")]
    public decimal CompensationThreshold { get; set; } = 500m;
}
