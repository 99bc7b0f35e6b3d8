using ComplaintGrid.Logging;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Grains.Churn;

/// <summary>Churn learning's log messages: ids, versions and figures only.</summary>
internal static partial class ChurnLog
{
    [LoggerMessage(EventId = LogEventIds.ChurnLearning + 1, Level = LogLevel.Debug, Message = "Customer {CustomerId}: outcome {Outcome} recorded")]
    public static partial void OutcomeRecorded(ILogger logger, string customerId, CustomerOutcome outcome);

    [LoggerMessage(EventId = LogEventIds.ChurnLearning + 2, Level = LogLevel.Information,
        Message = "Churn model {Candidate} adopted: held-out AUC {CandidateAuc} against {Current}'s {CurrentAuc} ({Training} training, {HeldOut} held-out outcomes)")]
    public static partial void ModelAdopted(ILogger logger, string candidate, double candidateAuc, string current, double currentAuc, int training, int heldOut);

    [LoggerMessage(EventId = LogEventIds.ChurnLearning + 3, Level = LogLevel.Information,
        Message = "Churn model {Current} kept: the candidate's held-out AUC {CandidateAuc} is not above its {CurrentAuc} ({Training} training, {HeldOut} held-out outcomes)")]
    public static partial void ModelKept(ILogger logger, string current, double candidateAuc, double currentAuc, int training, int heldOut);

    [LoggerMessage(EventId = LogEventIds.ChurnLearning + 4, Level = LogLevel.Warning, Message = "Churn model registry: storing its state failed; deactivating so the stored state is reloaded")]
    public static partial void WriteFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = LogEventIds.ChurnLearning + 5, Level = LogLevel.Debug, Message = "Asking the churn model registry for the current model failed; this silo scores with {Version} until the next try")]
    public static partial void RefreshFailed(ILogger logger, Exception exception, string version);

    [LoggerMessage(EventId = LogEventIds.ChurnLearning + 6, Level = LogLevel.Information, Message = "This silo now scores churn with model {Version}")]
    public static partial void ModelTaken(ILogger logger, string version);
}
