namespace ComplaintGrid;

/// <summary>The limits every command is validated against. Documented in docs/http-api.md.</summary>
public static class FieldLimits
{
    /// <summary>Ids of customers, agents, departments: short, printable, safe in URLs and logs.</summary>
    public const int IdentifierMaxLength = 64;

    /// <summary>Idempotency keys: long enough for a GUID or a CRM ticket reference with a prefix.</summary>
    public const int IdempotencyKeyMaxLength = 128;

    /// <summary>The customer's account: a long e-mail fits; a pasted document does not.</summary>
    public const int DescriptionMaxLength = 4000;

    /// <summary>Messages, reasons, findings: a few paragraphs.</summary>
    public const int TextMaxLength = 2000;

    /// <summary>An order, product or employee reference.</summary>
    public const int ReferenceMaxLength = 100;

    /// <summary>Largest money amount one remedy may carry; above it the integration has made an error.</summary>
    public const decimal MaxAmount = 1_000_000m;

    /// <summary>Money has at most cent precision.</summary>
    public const int AmountDecimals = 2;
}
