using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Simulator;

/// <summary>
/// A contact centre in miniature, driven only through <see cref="IGrainFactory"/> and the grain interfaces (so the
/// silo, the CLI and the benchmarks can all run it): complaints arrive by the hour-of-day curve with outage storms
/// (<see cref="ArrivalPlanner"/>), with a realistic mix of categories, severities and channels, some from frequent
/// complainants and a few in bad faith; each is given a <see cref="Journey"/> when filed (hand-offs, holds, updates,
/// rejected remedies, reopens, silence); agents on shift in each department take the most urgent complaint in their
/// queue whose handling time (<see cref="HandlingTimes"/>) has passed and move it one step; a share is never touched,
/// so deadlines breach. What happens is counted in <see cref="Tally"/>; at <see cref="SimulatorOptions.TimeScale"/>
/// above 1 it all runs on a compressed clock.
/// It keeps to its own: it files for customers of its own (<see cref="CustomerPrefix"/>), every call it makes is marked
/// <see cref="ActOrigin.Simulator"/>, and its agents act only on complaints whose filing the simulator made, so a real
/// complaint filed while it runs is left to real people.
/// </summary>
/// <param name="grains">The cluster, through a silo's or a client's grain factory.</param>
/// <param name="options">Rates, staffing and mix.</param>
/// <param name="logger">Start, progress and failed calls (counts only).</param>
/// <param name="time">The clock the simulator paces itself by: the system clock by default, compressed by
/// <see cref="SimulatorOptions.TimeScale"/> unless it is a <see cref="ScaledTimeProvider"/> already (the silo's, shared).</param>
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

    /// <summary>Arrivals are released in small batches this often (real time), so high rates do not depend on timer resolution.</summary>
    private static readonly TimeSpan ArrivalTick = TimeSpan.FromMilliseconds(100);

    /// <summary>An agent looks at their queue at most this often in real time, however compressed the clock: the cluster's load stays bounded.</summary>
    private static readonly TimeSpan MinAgentPause = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Deadlines of open complaints are checked this often in simulated time (but at most once a real second): Orleans
    /// reminders wait real time, so under a compressed clock they would fire late by the compression; and the tally
    /// sees untouched complaints' escalations this way.
    /// </summary>
    private static readonly TimeSpan SweepPeriod = TimeSpan.FromMinutes(2);

    /// <summary>Deadline checks in flight at once during a sweep.</summary>
    private const int SweepParallelism = 8;

    /// <summary>Filings awaiting the cluster's answer at most; arrivals beyond it are dropped, not queued.</summary>
    private const int MaxFilingsInFlight = 10_000;

    /// <summary>Complaints followed at most; older ones are forgotten (agents may pick them up late, as in life).</summary>
    private const int MaxUntouched = 50_000;

    /// <summary>A bad-faith complainant claims again this many more times at most (two to four claims in all).</summary>
    private const int MaxRepeatClaims = 3;

    private static readonly (Category Category, double Weight)[] CategoryMix =
        [(Category.ProductQuality, 30), (Category.Delivery, 30), (Category.Billing, 15), (Category.ServiceConduct, 15), (Category.Policy, 5), (Category.Other, 5)];

    private static readonly (Severity Severity, double Weight)[] SeverityMix =
        [(Severity.Low, 35), (Severity.Medium, 40), (Severity.High, 20), (Severity.Critical, 5)];

    private static readonly (Channel Channel, double Weight)[] ChannelMix =
        [(Channel.Phone, 40), (Channel.Email, 25), (Channel.Chat, 15), (Channel.Web, 12), (Channel.Social, 5), (Channel.InPerson, 3)];

    private readonly TimeProvider _time = time is ScaledTimeProvider || options.TimeScale == 1
        ? time ?? TimeProvider.System
        : new ScaledTimeProvider(time ?? TimeProvider.System, options.TimeScale, options.StartAt);
    private readonly Random _random = options.Seed is { } seed ? new Random(seed) : new Random();
    // Its own source, so the arrivals of a seeded run repeat whatever the agents' timing does to the other.
    private readonly Random _arrivalRandom = options.Seed is { } seed ? new Random(unchecked(seed * 31 + 17)) : new Random();
    private readonly Lock _randomLock = new();
    private readonly ConcurrentDictionary<string, byte> _untouched = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _claimed = new(StringComparer.Ordinal);
    // Open complaints in the queues that the simulator did not file: looked at once, never worked.
    private readonly ConcurrentDictionary<string, byte> _notOurs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Journey> _journeys = new(StringComparer.Ordinal);
    // Where the routing table sends each category, learnt from the simulator's own routings: wrong departments are the others.
    private readonly ConcurrentDictionary<Category, string> _routes = new();
    private readonly ConcurrentQueue<PlantedBadFaith> _planted = new();
    private readonly List<RepeatClaim> _repeats = [];
    private string[] _departments = [];
    private OutcomeRecorder? _outcomes;
    private long _filed, _steps, _refused, _failed, _badFaithCustomers;

    /// <summary>Complaints filed so far.</summary>
    public long Filed => Interlocked.Read(ref _filed);

    /// <summary>Agent steps taken so far.</summary>
    public long Steps => Interlocked.Read(ref _steps);

    /// <summary>What the simulator has seen happen on its complaints: escalations by kind, and the paths taken.</summary>
    public EscalationTally Tally { get; } = new();

    /// <summary>The complaints filed in bad faith, and by whom: the answer key for detection; never shown to the product.</summary>
    public IReadOnlyCollection<PlantedBadFaith> Planted => _planted.ToArray();

    /// <summary>Outcomes recorded for customers whose story ended, when <see cref="SimulatorOptions.RecordOutcomes"/>.</summary>
    public OutcomeRecorder? Outcomes => _outcomes;

    /// <summary>The clock the simulator runs on (compressed when <see cref="SimulatorOptions.TimeScale"/> is not 1).</summary>
    public TimeProvider Clock => _time;

    /// <summary>
    /// Runs until <paramref name="cancellationToken"/> is cancelled or <see cref="SimulatorOptions.RunFor"/> has passed;
    /// agents end their shifts on the way out and the tally is logged.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Every grain call below, from every agent and arrival task started here, carries the simulator's origin.
        using var origin = ActContext.Enter(ActOrigin.Simulator);
        var began = _time.GetUtcNow();
        using var runFor = options.RunFor is { } span ? new CancellationTokenSource(span, _time) : new CancellationTokenSource();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, runFor.Token);
        var departments = (await grains.GetGrain<IDepartmentDirectoryGrain>(0).List()).Select(d => d.DepartmentId).ToArray();
        _departments = departments;
        _outcomes = options.RecordOutcomes ? new OutcomeRecorder(grains, _time, Scale, options.Seed, logger) : null;
        var agents = departments
            .SelectMany(d => Enumerable.Range(1, options.AgentsPerDepartment).Select(i => (Department: d, Agent: $"sim-{d}-{i}")))
            .ToArray();
        foreach (var (department, agent) in agents)
            await grains.GetGrain<IDepartmentGrain>(department).StartShift(agent);
        SimulationLog.Started(logger, options.ComplaintsPerMinute, options.AgentsPerDepartment, departments.Length, options.TimeScale);
        try
        {
            var work = agents.Select(a => Agent(a.Department, a.Agent, stop.Token)).ToList();
            work.Add(Arrivals(stop.Token));
            work.Add(Report(stop.Token));
            work.Add(Sweep(stop.Token));
            await Task.WhenAll(work);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped, by the caller or at the end of the run.
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
            if (logger.IsEnabled(LogLevel.Warning))
            {
                var simulated = (_time.GetUtcNow() - began).ToString(@"d\.hh\:mm\:ss", CultureInfo.InvariantCulture);
                var table = Tally.Format();
                SimulationLog.Summary(logger, simulated, Filed, Steps, _planted.Count, table);
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
        var planner = new ArrivalPlanner(_arrivalRandom, options);
        var last = _time.GetUtcNow();
        var inFlight = new List<Task>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(ArrivalTick * Scale, _time, cancellationToken);
                var now = _time.GetUtcNow();
                var due = planner.Advance(now, now - last);
                last = now;
                inFlight.RemoveAll(t => t.IsCompleted);
                // Callers who find every line busy hang up: a cluster that cannot keep up is not queued for without bound.
                foreach (var arrival in due)
                {
                    if (inFlight.Count < MaxFilingsInFlight)
                        inFlight.Add(FileOne(arrival.Storm, null));
                }
                foreach (var repeat in DueRepeats(now))
                    inFlight.Add(FileOne(null, repeat));
            }
        }
        finally
        {
            await Task.WhenAll(inFlight);
        }
    }

    /// <summary>The simulated clock's pace against real time: 1 unless compressed.</summary>
    private double Scale => _time is ScaledTimeProvider scaled ? scaled.Scale : 1;

    private List<RepeatClaim> DueRepeats(DateTimeOffset now)
    {
        lock (_repeats)
        {
            var due = _repeats.Where(r => r.At <= now).ToList();
            _repeats.RemoveAll(r => r.At <= now);
            return due;
        }
    }

    private async Task FileOne(OutageStorm? storm, RepeatClaim? repeat)
    {
        var now = _time.GetUtcNow();
        FileComplaint command;
        Journey journey;
        lock (_randomLock)
        {
            var badFaith = repeat is null && storm is null && Chance(options.BadFaithShare);
            var frequent = !badFaith && repeat is null && Chance(options.RepeatShare);
            var customer = repeat?.CustomerId
                ?? (badFaith ? $"{CustomerPrefix}{CustomerBase + Interlocked.Increment(ref _badFaithCustomers):D5}"
                    : frequent ? $"{CustomerPrefix}f{Next(FrequentComplainants):D3}" : $"{CustomerPrefix}{Next(CustomerBase):D5}");
            var category = repeat?.Category ?? storm?.Category ?? (badFaith ? Pick(BadFaithCategories) : Pick(CategoryMix));
            // Frequent complainants keep coming back about the same few orders: repeat complaints. Bad-faith ones quote a new order each time.
            var reference = storm?.Reference ?? (frequent ? $"ORD-{Next(3) + 1000}" : $"ORD-{Next(900_000) + 100_000}");
            var story = repeat?.Story ?? (badFaith ? Stories.BadFaith[Next(Stories.BadFaith.Length)] : null);
            var text = story ?? (storm is not null ? Stories.Outage(storm.Category) : Stories.Ordinary(category, Next(Stories.Variants)));
            var demand = story is not null ? Demand.Compensation : DemandFor(category);
            command = new FileComplaint(customer, Pick(ChannelMix), SubjectFor(category), reference,
                $"{text} ({reference})", demand, category, Pick(SeverityMix), $"sim-{Guid.NewGuid():N}");
            journey = JourneyPlanner.Plan(_random, options, now, story);
            var left = repeat?.Left ?? 1 + Next(MaxRepeatClaims);
            if (story is not null && left > 0)
            {
                lock (_repeats)
                {
                    _repeats.Add(new RepeatClaim(now + HandlingTimes.RepeatClaim.Sample(_random, options.HandlingTimeFactor),
                        customer, category, story, left - 1));
                }
            }
        }
        observer?.Filing(command);
        try
        {
            var view = await grains.FileComplaint(command);
            Interlocked.Increment(ref _filed);
            observer?.Filed(command, view);
            if (journey.BadFaithStory is { } told)
                _planted.Enqueue(new PlantedBadFaith(view.Id, command.CustomerId, told));
            if (_journeys.Count < MaxUntouched)
            {
                _journeys.TryAdd(view.Id, journey);
                if (Chance(options.UntouchedShare))
                    _untouched.TryAdd(view.Id, 0);
            }
        }
        catch (Exception ex)
        {
            Failed(ex);
        }
    }

    private static readonly (Category Category, double Weight)[] BadFaithCategories =
        [(Category.Delivery, 50), (Category.ProductQuality, 30), (Category.Billing, 20)];

    private static SubjectKind SubjectFor(Category category) => category switch
    {
        Category.ProductQuality => SubjectKind.Product,
        Category.Delivery or Category.Billing => SubjectKind.Order,
        Category.ServiceConduct => SubjectKind.Employee,
        _ => SubjectKind.Service,
    };

    private async Task Agent(string department, string agent, CancellationToken cancellationToken)
    {
        var queue = grains.GetGrain<IDepartmentGrain>(department);
        while (!cancellationToken.IsCancellationRequested)
        {
            // ±50% jitter: agents do not work in lock-step.
            var pause = options.AgentStepTime * (0.5 + NextDouble());
            await Task.Delay(pause < MinAgentPause * Scale ? MinAgentPause * Scale : pause, _time, cancellationToken);
            ComplaintSummary? next = null;
            Journey? journey = null;
            try
            {
                var now = _time.GetUtcNow();
                foreach (var candidate in await queue.ListOpen())
                {
                    if (candidate.CustomerId.StartsWith(CustomerPrefix, StringComparison.Ordinal)
                        && !_untouched.ContainsKey(candidate.ComplaintId) && !_notOurs.ContainsKey(candidate.ComplaintId)
                        && (_journeys.TryGetValue(candidate.ComplaintId, out var planned) ? planned.NotBefore <= now : _journeys.Count < MaxUntouched)
                        && _claimed.TryAdd(candidate.ComplaintId, agent))
                    {
                        next = candidate;
                        journey = _journeys.GetOrAdd(candidate.ComplaintId, _ => Journey.Plain(now));
                        break;
                    }
                }
                if (next is null || journey is null)
                    continue;
                if (await Step(department, agent, grains.GetGrain<IComplaintGrain>(next.ComplaintId), journey) is { } acted)
                {
                    Tally.Observe(acted);
                    observer?.Acted(acted);
                    Interlocked.Increment(ref _steps);
                    Next(acted, journey);
                }
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

    /// <summary>Draws how long the complaint now waits before its next step, or forgets it once closed.</summary>
    private void Next(ComplaintView view, Journey journey)
    {
        if (view.Status == ComplaintStatus.Closed)
        {
            _journeys.TryRemove(view.Id, out _);
            // Frequent and bad-faith complainants come back: only an ordinary customer's story ends with their complaint.
            if (journey.BadFaithStory is null && !view.CustomerId.StartsWith(CustomerPrefix + "f", StringComparison.Ordinal))
                _outcomes?.StoryEnded(view);
            return;
        }
        lock (_randomLock)
            journey.NotBefore = _time.GetUtcNow() + HandlingTimes.For(view.Status).Sample(_random, options.HandlingTimeFactor);
    }

    /// <summary>Moves the complaint one step along its journey; returns the view the step was acknowledged with, or null when there was nothing to do.</summary>
    private async Task<ComplaintView?> Step(string department, string agent, IComplaintGrain complaint, Journey journey)
    {
        var v = await complaint.Get();
        // A real complaint for a customer id that merely looks like ours: its filing says who made it.
        if (v.Timeline is not [{ Via.Channel: ActChannel.Simulator }, ..])
        {
            if (_notOurs.Count < MaxUntouched)
                _notOurs.TryAdd(v.Id, 0);
            _journeys.TryRemove(v.Id, out _);
            return null;
        }
        Tally.Observe(v);
        if (Chance(options.EscalationRequestShare))
            return await complaint.RequestEscalation(new RequestEscalation(agent, "Chasing: I have not heard back."));
        switch (v.Status)
        {
            case ComplaintStatus.Assessed when v.Classification?.Upheld != false:
            case ComplaintStatus.Reopened:
                return await RouteOnce(complaint, agent, v, journey);
            case ComplaintStatus.Assigned or ComplaintStatus.Investigating when journey.HandOffsDone < journey.HandOffs:
                journey.HandOffsDone++;
                return await complaint.HandOff(new HandOffComplaint(agent, HandOffTarget(v, journey), "Not ours: belongs with another team."));
            case ComplaintStatus.Investigating when v.Investigation is null && journey.Hold && !journey.Held:
                journey.Held = true;
                return await complaint.PutOnHold(new PutOnHold(agent, "Waiting on the customer for photos and the receipt."));
            case ComplaintStatus.OnHold when journey.Silent:
                // The customer never answers: the hold runs out on the product's own clock.
                lock (_randomLock)
                    journey.NotBefore = _time.GetUtcNow() + HandlingTimes.CustomerReply.Sample(_random, options.HandlingTimeFactor);
                return null;
            case ComplaintStatus.Investigating or ComplaintStatus.Implementing when journey.InformsDone < journey.Informs:
                journey.InformsDone++;
                return await complaint.InformCustomer(new InformCustomer(agent, "An update: we are still working on this and will be back to you soon."));
            case ComplaintStatus.AwaitingApproval when journey.RejectRemedy && !journey.Rejected:
                journey.Rejected = true;
                return await complaint.RejectRemedy(new RejectRemedy($"supervisor-{department}", "Out of proportion; offer less."));
            case ComplaintStatus.Implementing:
                journey.Resolutions++;
                return await complaint.Resolve(new ResolveComplaint(agent, "Done; thank you for your patience."));
            case ComplaintStatus.Resolved when journey.FeedbackGiven < journey.Resolutions && !journey.Silent:
                journey.FeedbackGiven = journey.Resolutions;
                // Only the first resolution may disappoint: the reopened complaint is put right.
                return await complaint.RecordFeedback(new RecordFeedback(!(journey.Unsatisfied && journey.Resolutions == 1), null));
            default:
                break;
        }
        return v.Status switch
        {
            ComplaintStatus.Received => await complaint.Acknowledge(new AcknowledgeComplaint(agent, "Thank you for telling us; we are on it.")),
            ComplaintStatus.Acknowledged => await complaint.Assess(Assessment(agent)),
            ComplaintStatus.Assessed => await complaint.Close(new CloseComplaint(agent, null, null, null)),
            ComplaintStatus.Assigned => await complaint.StartInvestigation(new StartInvestigation(agent, agent)),
            ComplaintStatus.Investigating when v.Investigation is null => await complaint.RecordInvestigation(Investigation(agent, v.Category)),
            ComplaintStatus.Investigating => await complaint.ProposeRemedy(Remedy(agent, v.Demand, journey)),
            ComplaintStatus.RemedyProposed => await complaint.StartImplementation(new StartImplementation(agent)),
            ComplaintStatus.AwaitingApproval => await complaint.ApproveRemedy(new ApproveRemedy($"supervisor-{department}", "Approved.")),
            ComplaintStatus.Resolved => await complaint.Close(new CloseComplaint(agent, "Simulated lessons.", "Simulated prevention.", "Verified by re-test.")),
            ComplaintStatus.OnHold => await complaint.Resume(new ResumeComplaint(agent)),
            _ => null,
        };
    }

    /// <summary>Routes by the table, or (for a journey that goes astray, once the right department is known) to a wrong one.</summary>
    private async Task<ComplaintView> RouteOnce(IComplaintGrain complaint, string agent, ComplaintView v, Journey journey)
    {
        if (journey.HandOffs > journey.HandOffsDone && v.ReopenCount == 0 && _routes.TryGetValue(v.Category, out var right)
            && Wrong(right, except: null) is { } wrong)
            return await complaint.Route(new RouteComplaint(agent, wrong));
        // The right department is not known yet (or there is no other): this one goes straight.
        if (v.ReopenCount == 0)
            journey.HandOffsDone = journey.HandOffs;
        var routed = await complaint.Route(new RouteComplaint(agent, null));
        _routes.TryAdd(v.Category, routed.DepartmentId);
        return routed;
    }

    /// <summary>The last planned hand-off reaches the right department; one before it (ping-pong) goes to another wrong one.</summary>
    private string HandOffTarget(ComplaintView v, Journey journey)
    {
        var right = _routes.GetValueOrDefault(v.Category);
        if (journey.HandOffsDone < journey.HandOffs && Wrong(right, except: v.DepartmentId) is { } other)
            return other;
        return right is not null && right != v.DepartmentId ? right : Wrong(v.DepartmentId, except: null) ?? v.DepartmentId;
    }

    private string? Wrong(string? right, string? except)
    {
        var others = _departments.Where(d => d != right && d != except).ToArray();
        return others.Length == 0 ? null : others[Next(others.Length)];
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

    /// <summary>
    /// Journeys whose remedy a supervisor will reject first propose money above the approval threshold, so it does go
    /// to one; the re-proposal after the rejection is smaller.
    /// </summary>
    private ProposeRemedy Remedy(string agent, Demand demand, Journey journey)
    {
        var generous = journey.RejectRemedy && !journey.Rejected;
        return demand switch
        {
            // Some refunds exceed the approval threshold, so supervisors have work too.
            Demand.Refund or Demand.Compensation when journey.Rejected => new ProposeRemedy(agent, RemedyKind.Refund, Next(200) + 20, "A smaller refund, as agreed with the supervisor."),
            Demand.Refund or Demand.Compensation => new ProposeRemedy(agent, RemedyKind.Refund, generous ? Next(1000) + 600 : Next(900) + 20, "Refund of the order."),
            _ when generous => new ProposeRemedy(agent, RemedyKind.Compensation, Next(1000) + 600, "Compensation for the trouble."),
            Demand.Exchange => new ProposeRemedy(agent, RemedyKind.Exchange, null, "Exchange the item."),
            Demand.Repair => new ProposeRemedy(agent, RemedyKind.Repair, null, "Repair at our cost."),
            Demand.Apology => new ProposeRemedy(agent, RemedyKind.Apology, null, "A personal apology."),
            _ => new ProposeRemedy(agent, RemedyKind.Explanation, null, "An explanation of what happened."),
        };
    }

    private Demand DemandFor(Category category) => category switch
    {
        Category.ProductQuality => Pick([(Demand.Exchange, 40.0), (Demand.Repair, 30.0), (Demand.Refund, 30.0)]),
        Category.Delivery => Pick([(Demand.Refund, 40.0), (Demand.Apology, 30.0), (Demand.Explanation, 30.0)]),
        Category.Billing => Demand.Refund,
        Category.ServiceConduct => Demand.Apology,
        _ => Demand.Explanation,
    };

    /// <summary>Checks the deadlines of every complaint the simulator follows, and counts what they show.</summary>
    private async Task Sweep(CancellationToken cancellationToken)
    {
        var period = SweepPeriod > TimeSpan.FromSeconds(Scale) ? SweepPeriod : TimeSpan.FromSeconds(Scale);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = SweepParallelism, CancellationToken = cancellationToken };
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(period, _time, cancellationToken);
            await Parallel.ForEachAsync(_journeys.Keys.ToArray(), parallel, async (id, token) =>
            {
                try
                {
                    var view = await grains.GetGrain<IComplaintGrain>(id).CheckDeadlines();
                    Tally.Observe(view);
                    if (view.Status == ComplaintStatus.Closed)
                        _journeys.TryRemove(id, out _);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Failed(ex);
                }
            });
        }
    }

    private async Task Report(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMinutes(1) * Scale, _time, cancellationToken);
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

    /// <summary>A bad-faith complainant's next claim: the same story, a new reference.</summary>
    private sealed record RepeatClaim(DateTimeOffset At, string CustomerId, Category Category, string Story, int Left);
}
