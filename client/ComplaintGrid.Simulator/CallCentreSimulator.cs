using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Simulator;

/// <summary>
/// A contact centre in miniature, driven only through <see cref="IGrainFactory"/> and the grain interfaces (so the
/// silo, the CLI and the benchmarks can all run it): complaints arrive at a configured rate with a realistic mix of
/// categories, severities and channels, some from frequent complainants; agents on shift in each department take the
/// most urgent complaint in their queue and move it one step (acknowledge, assess, route, investigate, propose,
/// approve, implement, resolve, feedback, close); a share is never touched, so deadlines breach.
/// It keeps to its own: it files for customers of its own (<see cref="CustomerPrefix"/>), every call it makes is marked
/// <see cref="ActOrigin.Simulator"/>, and its agents act only on complaints whose filing the simulator made, so a real
/// complaint filed while it runs is left to real people.
/// </summary>
/// <param name="grains">The cluster, through a silo's or a client's grain factory.</param>
/// <param name="options">Rates, staffing and mix.</param>
/// <param name="logger">Start, progress and failed calls (counts only).</param>
/// <param name="time">The clock the simulator paces itself by; the system clock by default.</param>
/// <param name="observer">Told of every acknowledged filing and step and every failed call; none by default.</param>
public sealed class CallCentreSimulator(
    IGrainFactory grains, SimulatorOptions options, ILogger logger, TimeProvider? time = null, ISimulationObserver? observer = null)
{
    /// <summary>Every simulated customer's id starts with this.</summary>
    public const string CustomerPrefix = "sim-cust-";

    /// <summary>Complaints from frequent complainants come from this many customers.</summary>
    private const int FrequentComplainants = 40;

    /// <summary>Everyone else: a customer base large enough that most of them complain once.</summary>
    private const int CustomerBase = 20_000;

    /// <summary>Arrivals are released in small batches this often, so high rates do not depend on timer resolution.</summary>
    private static readonly TimeSpan ArrivalTick = TimeSpan.FromMilliseconds(100);

    /// <summary>Filings awaiting the cluster's answer at most; arrivals beyond it are dropped, not queued.</summary>
    private const int MaxFilingsInFlight = 10_000;

    /// <summary>Untouched complaints remembered; older ones are forgotten (agents may pick them up late, as in life).</summary>
    private const int MaxUntouched = 50_000;

    private static readonly (Category Category, double Weight)[] CategoryMix =
        [(Category.ProductQuality, 30), (Category.Delivery, 30), (Category.Billing, 15), (Category.ServiceConduct, 15), (Category.Policy, 5), (Category.Other, 5)];

    private static readonly (Severity Severity, double Weight)[] SeverityMix =
        [(Severity.Low, 35), (Severity.Medium, 40), (Severity.High, 20), (Severity.Critical, 5)];

    private static readonly (Channel Channel, double Weight)[] ChannelMix =
        [(Channel.Phone, 40), (Channel.Email, 25), (Channel.Chat, 15), (Channel.Web, 12), (Channel.Social, 5), (Channel.InPerson, 3)];

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Random _random = options.Seed is { } seed ? new Random(seed) : new Random();
    private readonly Lock _randomLock = new();
    private readonly ConcurrentDictionary<string, byte> _untouched = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _claimed = new(StringComparer.Ordinal);
    // Open complaints in the queues that the simulator did not file: looked at once, never worked.
    private readonly ConcurrentDictionary<string, byte> _notOurs = new(StringComparer.Ordinal);
    private long _filed, _steps, _refused, _failed, _sequence;

    /// <summary>Complaints filed so far.</summary>
    public long Filed => Interlocked.Read(ref _filed);

    /// <summary>Agent steps taken so far.</summary>
    public long Steps => Interlocked.Read(ref _steps);

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled; agents end their shifts on the way out.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Every grain call below, from every agent and arrival task started here, carries the simulator's origin.
        using var origin = ActContext.Enter(ActOrigin.Simulator);
        var departments = (await grains.GetGrain<IDepartmentDirectoryGrain>(0).List()).Select(d => d.DepartmentId).ToArray();
        var agents = departments
            .SelectMany(d => Enumerable.Range(1, options.AgentsPerDepartment).Select(i => (Department: d, Agent: $"sim-{d}-{i}")))
            .ToArray();
        foreach (var (department, agent) in agents)
            await grains.GetGrain<IDepartmentGrain>(department).StartShift(agent);
        SimulationLog.Started(logger, options.ComplaintsPerMinute, options.AgentsPerDepartment, departments.Length);
        try
        {
            var work = agents.Select(a => Agent(a.Department, a.Agent, cancellationToken)).ToList();
            work.Add(Arrivals(cancellationToken));
            work.Add(Report(cancellationToken));
            await Task.WhenAll(work);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
        finally
        {
            foreach (var (department, agent) in agents)
            {
                try
                {
                    await grains.GetGrain<IDepartmentGrain>(department).EndShift(agent);
                }
                catch (Exception ex)
                {
                    SimulationLog.CallFailed(logger, ex);
                }
            }
        }
    }

    /// <summary>
    /// Releases filings by the clock, not by the cluster's answers: callers do not wait for one another, so a slow or
    /// failing cluster gets the configured rate all the same (waiting for each batch first let the rate fall with the
    /// cluster's latency, to a quarter of it on a busy machine). Filings still unanswered are awaited on the way out.
    /// </summary>
    private async Task Arrivals(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        long released = 0;
        var inFlight = new List<Task>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(ArrivalTick, _time, cancellationToken);
                var due = (long)(options.ComplaintsPerMinute * _time.GetElapsedTime(started).TotalMinutes);
                inFlight.RemoveAll(t => t.IsCompleted);
                // Callers who find every line busy hang up: a cluster that cannot keep up is not queued for without bound.
                for (; released < due; released++)
                {
                    if (inFlight.Count < MaxFilingsInFlight)
                        inFlight.Add(FileOne());
                }
            }
        }
        finally
        {
            await Task.WhenAll(inFlight);
        }
    }

    private async Task FileOne()
    {
        var n = Interlocked.Increment(ref _sequence);
        var frequent = Chance(options.RepeatShare);
        var customer = frequent ? $"{CustomerPrefix}f{Next(FrequentComplainants):D3}" : $"{CustomerPrefix}{Next(CustomerBase):D5}";
        var category = Pick(CategoryMix);
        var subject = category switch
        {
            Category.ProductQuality => SubjectKind.Product,
            Category.Delivery or Category.Billing => SubjectKind.Order,
            Category.ServiceConduct => SubjectKind.Employee,
            _ => SubjectKind.Service,
        };
        // Frequent complainants keep coming back about the same few orders: repeat complaints.
        var reference = frequent ? $"ORD-{Next(3) + 1000}" : $"ORD-{Next(900_000) + 100_000}";
        var command = new FileComplaint(customer, Pick(ChannelMix), subject, reference,
            $"Simulated {category} complaint #{n}.", DemandFor(category), category, Pick(SeverityMix), $"sim-{Guid.NewGuid():N}");
        observer?.Filing(command);
        try
        {
            var view = await grains.FileComplaint(command);
            Interlocked.Increment(ref _filed);
            observer?.Filed(command, view);
            if (Chance(options.UntouchedShare) && _untouched.Count < MaxUntouched)
                _untouched.TryAdd(view.Id, 0);
        }
        catch (Exception ex)
        {
            Failed(ex);
        }
    }

    private async Task Agent(string department, string agent, CancellationToken cancellationToken)
    {
        var queue = grains.GetGrain<IDepartmentGrain>(department);
        while (!cancellationToken.IsCancellationRequested)
        {
            // ±50% jitter: agents do not work in lock-step.
            await Task.Delay(options.AgentStepTime * (0.5 + NextDouble()), _time, cancellationToken);
            ComplaintSummary? next = null;
            try
            {
                foreach (var candidate in await queue.ListOpen())
                {
                    if (candidate.CustomerId.StartsWith(CustomerPrefix, StringComparison.Ordinal)
                        && !_untouched.ContainsKey(candidate.ComplaintId) && !_notOurs.ContainsKey(candidate.ComplaintId)
                        && _claimed.TryAdd(candidate.ComplaintId, agent))
                    {
                        next = candidate;
                        break;
                    }
                }
                if (next is null)
                    continue;
                if (await Step(department, agent, grains.GetGrain<IComplaintGrain>(next.ComplaintId)) is { } acted)
                    observer?.Acted(acted);
                Interlocked.Increment(ref _steps);
            }
            catch (ComplaintGridException)
            {
                // Another agent or a deadline moved it first: the queue is re-read on the next step.
                Interlocked.Increment(ref _refused);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(ex);
            }
            finally
            {
                if (next is not null)
                    _claimed.TryRemove(next.ComplaintId, out _);
            }
        }
    }

    /// <summary>Moves the complaint one step; returns the view the step was acknowledged with, or null when there was nothing to do.</summary>
    private async Task<ComplaintView?> Step(string department, string agent, IComplaintGrain complaint)
    {
        var v = await complaint.Get();
        // A real complaint for a customer id that merely looks like ours: its filing says who made it.
        if (v.Timeline is not [{ Via.Channel: ActChannel.Simulator }, ..])
        {
            if (_notOurs.Count < MaxUntouched)
                _notOurs.TryAdd(v.Id, 0);
            return null;
        }
        if (Chance(options.EscalationRequestShare))
            return await complaint.RequestEscalation(new RequestEscalation(agent, "Chasing: I have not heard back."));
        return v.Status switch
        {
            ComplaintStatus.Received => await complaint.Acknowledge(new AcknowledgeComplaint(agent, "Thank you for telling us; we are on it.")),
            ComplaintStatus.Acknowledged => await complaint.Assess(Assessment(agent)),
            ComplaintStatus.Assessed when v.Classification?.Upheld == false => await complaint.Close(new CloseComplaint(agent, null, null, null)),
            ComplaintStatus.Assessed or ComplaintStatus.Reopened => await complaint.Route(new RouteComplaint(agent, null)),
            ComplaintStatus.Assigned => await complaint.StartInvestigation(new StartInvestigation(agent, agent)),
            ComplaintStatus.Investigating when v.Investigation is null => await complaint.RecordInvestigation(Investigation(agent, v.Category)),
            ComplaintStatus.Investigating => await complaint.ProposeRemedy(Remedy(agent, v.Demand)),
            ComplaintStatus.RemedyProposed => await complaint.StartImplementation(new StartImplementation(agent)),
            ComplaintStatus.AwaitingApproval => await complaint.ApproveRemedy(new ApproveRemedy($"supervisor-{department}", "Approved.")),
            ComplaintStatus.Implementing => await complaint.Resolve(new ResolveComplaint(agent, "Done; thank you for your patience.")),
            ComplaintStatus.Resolved when v.Feedback is null => await complaint.RecordFeedback(new RecordFeedback(Chance(0.85), null)),
            ComplaintStatus.Resolved => await complaint.Close(new CloseComplaint(agent, "Simulated lessons.", "Simulated prevention.", "Verified by re-test.")),
            ComplaintStatus.OnHold => await complaint.Resume(new ResumeComplaint(agent)),
            _ => null,
        };
    }

    private AssessComplaint Assessment(string agent)
    {
        var upheld = Chance(0.85);
        var type = Chance(0.15) ? ComplaintType.Venting : upheld ? ComplaintType.Substantive : ComplaintType.Enquiry;
        return new AssessComplaint(agent, upheld, type, Pick([(Cause.Value, 40.0), (Cause.System, 40.0), (Cause.Employee, 20.0)]), null,
            [UnderlyingWant.ToBeKeptInformed], upheld ? null : "We checked and the order matched what was agreed; here is why.");
    }

    private static RecordInvestigation Investigation(string agent, Category category) =>
        new(agent, "Simulated root cause.", "team-" + category.ToString().ToLowerInvariant(),
            category == Category.ProductQuality
                ? new EightDReport("QA team", "Defect reported by customer.", "Stock quarantined.", "Supplier process drift.",
                    "Supplier corrective action.", "Re-tested batch.", "Incoming inspection added.")
                : null);

    private ProposeRemedy Remedy(string agent, Demand demand) => demand switch
    {
        // Some refunds exceed the approval threshold, so supervisors have work too.
        Demand.Refund => new ProposeRemedy(agent, RemedyKind.Refund, Next(900) + 20, "Refund of the order."),
        Demand.Exchange => new ProposeRemedy(agent, RemedyKind.Exchange, null, "Exchange the item."),
        Demand.Repair => new ProposeRemedy(agent, RemedyKind.Repair, null, "Repair at our cost."),
        Demand.Apology => new ProposeRemedy(agent, RemedyKind.Apology, null, "A personal apology."),
        _ => new ProposeRemedy(agent, RemedyKind.Explanation, null, "An explanation of what happened."),
    };

    private Demand DemandFor(Category category) => category switch
    {
        Category.ProductQuality => Pick([(Demand.Exchange, 40.0), (Demand.Repair, 30.0), (Demand.Refund, 30.0)]),
        Category.Delivery => Pick([(Demand.Refund, 40.0), (Demand.Apology, 30.0), (Demand.Explanation, 30.0)]),
        Category.Billing => Demand.Refund,
        Category.ServiceConduct => Demand.Apology,
        _ => Demand.Explanation,
    };

    private async Task Report(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMinutes(1), _time, cancellationToken);
            var (refused, failed) = (Interlocked.Read(ref _refused), Interlocked.Read(ref _failed));
            SimulationLog.Progress(logger, Filed, Steps, refused, failed);
        }
    }

    private void Failed(Exception ex)
    {
        observer?.CallFailed(ex);
        // The first failure and then every hundredth: a lost silo must not flood the log.
        if (Interlocked.Increment(ref _failed) % 100 == 1)
            SimulationLog.CallFailed(logger, ex);
    }

    private T Pick<T>((T Value, double Weight)[] mix)
    {
        var roll = NextDouble() * mix.Sum(m => m.Weight);
        foreach (var (value, weight) in mix)
        {
            if ((roll -= weight) < 0)
                return value;
        }
        return mix[^1].Value;
    }

    private bool Chance(double share) => NextDouble() < share;

    private double NextDouble()
    {
        lock (_randomLock)
            return _random.NextDouble();
    }

    private int Next(int max)
    {
        lock (_randomLock)
            return _random.Next(max);
    }
}
