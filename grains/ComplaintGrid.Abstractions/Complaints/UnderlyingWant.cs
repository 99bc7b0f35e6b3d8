namespace ComplaintGrid;

/// <summary>What the customer wants beneath the stated demand.</summary>
[GenerateSerializer, Alias("cg.UnderlyingWant")]
public enum UnderlyingWant
{
    /// <summary>To be listened to.</summary>
    ToBeHeard = 0,
    /// <summary>To be treated with respect.</summary>
    ToBeRespected = 1,
    /// <summary>To be told about progress.</summary>
    ToBeKeptInformed = 2,
    /// <summary>No more effort or hassle.</summary>
    NoFurtherTrouble = 3,
    /// <summary>A guarantee it will not happen again.</summary>
    RecurrenceGuarantee = 4,
}
