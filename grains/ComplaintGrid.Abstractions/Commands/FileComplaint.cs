namespace ComplaintGrid;

/// <summary>Files a new complaint. The same customer and idempotency key always file one complaint, not two.</summary>
/// <param name="CustomerId">The complainant's customer id.</param>
/// <param name="Channel">How the complaint arrived.</param>
/// <param name="Subject">What it is about.</param>
/// <param name="Reference">Optional reference to the product, order, service or employee.</param>
/// <param name="Description">The customer's account, free text.</param>
/// <param name="Demand">What the customer says they want.</param>
/// <param name="Category">The kind of problem; decides the department.</param>
/// <param name="Severity">How serious it is; sets the clock allowances.</param>
/// <param name="IdempotencyKey">The caller's key for this filing; repeating it returns the first complaint.</param>
[GenerateSerializer, Immutable, Alias("cg.FileComplaint")]
public sealed record FileComplaint(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] Channel Channel,
    [property: Id(2)] SubjectKind Subject,
    [property: Id(3)] string? Reference,
    [property: Id(4)] string Description,
    [property: Id(5)] Demand Demand,
    [property: Id(6)] Category Category,
    [property: Id(7)] Severity Severity,
    [property: Id(8)] string IdempotencyKey);
