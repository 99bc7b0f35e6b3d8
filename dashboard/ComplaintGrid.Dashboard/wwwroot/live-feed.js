// The live feed's client, for the page and for programs (node): connects to the dashboard hub, watches with a filter,
// and delivers one snapshot and then frames above its version to callbacks. It watches again after every automatic
// reconnect and every restart, because a new connection (a new connection id, maybe another host or a restarted one)
// belongs to no group until it calls Watch: without that, frames would stop silently. The protocol is in docs/live-feed.md.
//
// A classic script in the browser (sets `ComplaintGridLiveFeed`, takes the global `signalR`) and a CommonJS module in
// node (`require('.../live-feed.js')`, pass `signalR: require('@microsoft/signalr')`).
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.ComplaintGridLiveFeed = factory();
}(typeof globalThis !== 'undefined' ? globalThis : this, function () {
  'use strict';

  const hubPath = '/hub/dashboard';
  // A wall screen outlives its host: a killed or redeployed host is back within seconds to minutes, so the feed never
  // gives up, and never waits more than 5 s between attempts (a longer wait is a stale screen after the host is back).
  const defaultReconnectDelaysMs = [0, 1000, 2000];
  const defaultReconnectCapMs = 5000;
  const defaultRestartDelayMs = 5000;

  const noop = () => {};

  /**
   * Creates a live feed; nothing connects until start().
   * @param {object} options
   * @param {object} [options.signalR] the @microsoft/signalr module (in the browser: the global `signalR`)
   * @param {string} [options.url] the hub's URL (in the browser: '/hub/dashboard' on this site)
   * @param {Object<string,string>} [options.headers] headers for the WebSocket handshake (node: Authorization)
   * @param {string|null} [options.departmentId] the department to watch; null or '' for all
   * @param {number[]} [options.reconnectDelaysMs] the first automatic reconnect delays
   * @param {number} [options.reconnectCapMs] the delay of every later attempt, forever
   * @param {number} [options.restartDelayMs] after the connection closed for good (or a Watch failed): wait, then start over
   * @param {object|number} [options.logger] SignalR's logger or log level
   * @param {(snapshot: object, reason: string) => void} [options.onSnapshot] a full snapshot: replace everything shown;
   *   reason is 'start', 'reconnected', 'restarted' or 'filter'
   * @param {(frame: object) => void} [options.onFrame] changes above the snapshot's version, in order
   * @param {(status: string, error?: Error) => void} [options.onStatus] 'connecting', 'live', 'reconnecting', 'offline', 'stopped'
   * @param {(error: Error) => void} [options.onError] a failed start or Watch (the feed tries again by itself), or a
   *   callback of these that threw
   */
  function createLiveFeed(options = {}) {
    const signalR = options.signalR || globalScope().signalR;
    if (!signalR) throw new Error('createLiveFeed needs the @microsoft/signalr module as options.signalR.');
    const onError = error => { try { (options.onError || noop)(error); } catch { /* the caller's to fix; the feed goes on */ } };
    // A caller's callback that throws is reported, never taken for a failed Watch: that would restart the connection.
    const guarded = callback => (...args) => {
      try {
        (callback || noop)(...args);
      } catch (err) {
        onError(err);
      }
    };
    const onSnapshot = guarded(options.onSnapshot);
    const onFrame = guarded(options.onFrame);
    const onStatus = guarded(options.onStatus);
    const delays = options.reconnectDelaysMs || defaultReconnectDelaysMs;
    const cap = options.reconnectCapMs ?? defaultReconnectCapMs;
    const restartDelayMs = options.restartDelayMs ?? defaultRestartDelayMs;

    let departmentId = options.departmentId || null;
    let status = 'stopped';
    let stopped = true;
    let everLive = false;
    let version = -1;
    let watching = 0;       // which Watch call is the latest; an older one's snapshot is stale when it returns
    let pending = null;     // frames that arrive while a Watch is in flight, applied above its snapshot's version
    let restartTimer = null;
    let firstSnapshot = null;

    const connectionOptions = { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true };
    if (options.headers) connectionOptions.headers = options.headers;
    let builder = new signalR.HubConnectionBuilder()
      // WebSockets without negotiation: no sticky sessions needed behind a load balancer of dashboard hosts.
      .withUrl(options.url || hubPath, connectionOptions)
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ({ previousRetryCount }) => delays[previousRetryCount] ?? cap });
    if (options.logger !== undefined) builder = builder.configureLogging(options.logger);
    const connection = builder.build();
    const isConnected = () => connection.state === signalR.HubConnectionState.Connected;

    function setStatus(next, error) {
      status = next;
      onStatus(next, error);
    }

    function deliver(frame) {
      if (frame.version <= version) return;
      version = frame.version;
      onFrame(frame);
    }

    connection.on('Frame', frame => {
      if (pending) pending.push(frame);
      else deliver(frame);
    });

    // Watch, then hand over the snapshot and the frames that arrived meanwhile. The hub joins the group before it takes
    // the snapshot, so a frame made in between carries a higher version and is delivered, never lost.
    async function watch(reason) {
      const mine = ++watching;
      pending = [];
      const snapshot = await connection.invoke('Watch', departmentId);
      if (mine !== watching) return null;
      const queued = pending;
      pending = null;
      // Versions count per host and start again when it restarts: each snapshot sets the version to compare against.
      version = snapshot.version;
      everLive = true;
      onSnapshot(snapshot, reason);
      queued.forEach(deliver);
      if (status !== 'live') setStatus('live');
      firstSnapshot.resolve(snapshot);
      return snapshot;
    }

    // Every new connection ends here. A failed Watch on an open connection (refused, or the host not ready) stops it,
    // so that the restart path tries again rather than leaving a connection that receives nothing.
    async function watchOrStartOver(reason) {
      try {
        await watch(reason);
      } catch (err) {
        pending = null;
        onError(err);
        if (!stopped && isConnected()) await connection.stop();
      }
    }

    async function connect(reason) {
      setStatus('connecting');
      try {
        await connection.start();
      } catch (err) {
        onError(err);
        setStatus('offline', err);
        scheduleRestart();
        return;
      }
      await watchOrStartOver(reason);
    }

    function scheduleRestart() {
      if (stopped || restartTimer) return;
      restartTimer = setTimeout(() => {
        restartTimer = null;
        if (!stopped) connect(everLive ? 'restarted' : 'start');
      }, restartDelayMs);
    }

    connection.onreconnecting(error => setStatus('reconnecting', error));
    connection.onreconnected(() => watchOrStartOver('reconnected'));
    connection.onclose(error => {
      pending = null;
      if (stopped) return;
      setStatus('offline', error);
      scheduleRestart();
    });

    return {
      /** Connects and watches; resolves with the first snapshot (failed attempts are retried and reported to onError). */
      start() {
        if (!stopped) return firstSnapshot.promise;
        stopped = false;
        firstSnapshot = deferred();
        connect('start');
        return firstSnapshot.promise;
      },

      /**
       * Watches another department (null or '' for all). While connected: resolves with its snapshot, or rejects when
       * the hub refuses it (the previous filter stays). Otherwise the next connection watches it; resolves with null.
       */
      async watch(next) {
        const previous = departmentId;
        departmentId = next || null;
        if (stopped || !isConnected()) return null;
        try {
          return await watch('filter');
        } catch (err) {
          pending = null;
          // Refused before the hub moved the connection: it still watches the previous department.
          if (isConnected()) departmentId = previous;
          throw err;
        }
      },

      /** Closes the connection for good. */
      async stop() {
        stopped = true;
        clearTimeout(restartTimer);
        restartTimer = null;
        await connection.stop();
        if (firstSnapshot) firstSnapshot.reject(new Error('The live feed was stopped before its first snapshot.'));
        setStatus('stopped');
      },

      /** 'connecting', 'live', 'reconnecting', 'offline' or 'stopped'. */
      get status() { return status; },
      /** The department watched, or null for all. */
      get departmentId() { return departmentId; },
      /** The version of the latest snapshot or frame delivered. */
      get version() { return version; },
      /** The underlying SignalR HubConnection, for diagnostics. */
      get connection() { return connection; },
    };
  }

  /**
   * Merges a frame into a board held as { tiles: Map(departmentId → tile), trends: Map(departmentId → points),
   * escalations: [newest first], atRisk: [highest first] } (built from a snapshot: tiles and trends keyed by
   * department, escalations and atRisk as sent). A frame carries only what changed: a part that is absent changed
   * nothing. A held escalation row whose complaint moved on comes in `escalationUpdates` as its changed fields. Returns
   * the escalations it added (new keys), newest first.
   * @param {object} board mutated in place
   * @param {object} frame a frame from onFrame
   * @param {{maxEscalations?: number, maxTrendPoints?: number}} [limits]
   */
  function applyFrame(board, frame, limits = {}) {
    const maxEscalations = limits.maxEscalations ?? Infinity;
    const maxTrendPoints = limits.maxTrendPoints ?? Infinity;
    // Tile fields: a tile new to the host comes whole, a known one with only the fields that changed.
    for (const fields of frame.departments || []) {
      board.tiles.set(fields.departmentId, { ...board.tiles.get(fields.departmentId), ...fields });
    }
    for (const [id, point] of Object.entries(frame.trendPoints || {})) {
      const line = board.trends.get(id) || [];
      if (!line.length || line[line.length - 1].at !== point.at) line.push(point);
      while (line.length > maxTrendPoints) line.shift();
      board.trends.set(id, line);
    }
    let added = [];
    const key = e => `${e.complaintId}#${e.sequence}`;
    if (frame.escalations) {
      const known = new Set(board.escalations.map(key));
      // Upserted by complaint and sequence, so a row the snapshot already had does no harm.
      const sent = new Set(frame.escalations.map(key));
      added = frame.escalations.filter(e => !known.has(key(e)));
      board.escalations = [...frame.escalations, ...board.escalations.filter(e => !sent.has(key(e)))]
        .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
        .slice(0, maxEscalations);
    }
    // A held row whose complaint moved on comes as the fields that changed; a row not held (fallen off) is ignored.
    if (frame.escalationUpdates) {
      const updates = new Map(frame.escalationUpdates.map(u => [key(u), u]));
      board.escalations = board.escalations.map(e => {
        const u = updates.get(key(e));
        return u ? { ...e, status: u.status, statusSequence: u.statusSequence, clockLevelNow: u.clockLevelNow, breaching: u.breaching } : e;
      });
    }
    // atRisk holds the entries that changed; atRiskOrder, whenever the board changed, the whole board's order.
    if (frame.atRiskOrder) {
      const byCustomer = new Map(board.atRisk.map(c => [c.customerId, c]));
      for (const entry of frame.atRisk || []) byCustomer.set(entry.customerId, entry);
      board.atRisk = frame.atRiskOrder.map(id => byCustomer.get(id)).filter(Boolean);
    }
    return added;
  }

  function deferred() {
    let resolve, reject;
    const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    // A caller that ignores start()'s promise must not see an unhandled rejection when it stops early.
    promise.catch(noop);
    let settled = false;
    return {
      promise,
      resolve: value => { if (!settled) { settled = true; resolve(value); } },
      reject: error => { if (!settled) { settled = true; reject(error); } },
    };
  }

  function globalScope() {
    return typeof globalThis !== 'undefined' ? globalThis : {};
  }

  return { createLiveFeed, applyFrame, hubPath };
}));
