namespace ComplaintGrid.TestSupport;

/// <summary>Something a test waited for did not happen by its deadline.</summary>
public sealed class EventuallyException : Exception
{
    public EventuallyException()
    {
    }

    public EventuallyException(string message)
        : base(message)
    {
    }

    public EventuallyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
