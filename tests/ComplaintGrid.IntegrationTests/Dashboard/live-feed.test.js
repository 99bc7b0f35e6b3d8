// The live-feed module (dashboard wwwroot/live-feed.js) in node, against a running host, through a TCP proxy whose
// sockets the tests cut mid-stream. Run by LiveFeedModuleTests with:
//   COMPLAINTGRID_LIVE_URL     the host's base address
//   COMPLAINTGRID_LIVE_VIEWER  "name:password" of a user who may view the board
//   COMPLAINTGRID_LIVE_FILER   "name:password" of a user who may file complaints
// Every wait is on an event; its timeout only bounds a broken run.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');
const { createRequire } = require('node:module');

const dashboardDir = path.resolve(__dirname, '../../../dashboard/ComplaintGrid.Dashboard');
const signalR = createRequire(path.join(dashboardDir, 'package.json'))('@microsoft/signalr');
const { createLiveFeed, applyFrame, hubPath } = require(path.join(dashboardDir, 'wwwroot', 'live-feed.js'));

const base = new URL(required('COMPLAINTGRID_LIVE_URL'));
const viewer = basic(required('COMPLAINTGRID_LIVE_VIEWER'));
const filer = basic(required('COMPLAINTGRID_LIVE_FILER'));
const within = 20_000;
const delivery = 'logistics'; // where the routing table sends a Delivery complaint

test('a frame merges only what it carries: tile fields, new and changed rows, changed at-risk entries in the order given', () => {
  const board = {
    tiles: new Map([['logistics', { departmentId: 'logistics', name: 'Logistics', open: 3, breached: 1, healthReasons: [] }]]),
    trends: new Map([['logistics', [{ at: '2026-12-07T10:00:00Z', open: 3 }]]]),
    escalations: [{ complaintId: 'c1', sequence: 4, at: '2026-12-07T10:00:00Z' }],
    atRisk: [
      { customerId: 'a', score: 0.9, computedAt: '2026-12-07T10:00:00Z' },
      { customerId: 'b', score: 0.5, computedAt: '2026-12-07T10:00:00Z' },
    ],
  };

  const nothing = applyFrame(board, { version: 2, serverTime: '2026-12-07T10:00:01Z' });
  assert.deepEqual(nothing, []);
  assert.equal(board.tiles.get('logistics').open, 3);
  assert.equal(board.atRisk.length, 2);

  const added = applyFrame(board, {
    version: 3,
    departments: [{ departmentId: 'logistics', open: 4 }, { departmentId: 'finance', name: 'Finance', open: 1 }],
    trendPoints: { logistics: { at: '2026-12-07T10:01:00Z', open: 4 } },
    escalations: [{ complaintId: 'c2', sequence: 2, at: '2026-12-07T10:00:30Z' }, { complaintId: 'c1', sequence: 4, at: '2026-12-07T10:00:00Z' }],
    atRisk: [{ customerId: 'c', score: 0.95 }],
    atRiskOrder: ['c', 'a'],
  }, { maxEscalations: 30 });

  assert.deepEqual(board.tiles.get('logistics'), { departmentId: 'logistics', name: 'Logistics', open: 4, breached: 1, healthReasons: [] });
  assert.deepEqual(board.tiles.get('finance'), { departmentId: 'finance', name: 'Finance', open: 1 });
  assert.deepEqual(board.trends.get('logistics').map(p => p.open), [3, 4]);
  assert.deepEqual(added.map(e => e.complaintId), ['c2']);
  assert.deepEqual(board.escalations.map(e => e.complaintId), ['c2', 'c1']);
  assert.deepEqual(board.atRisk.map(c => [c.customerId, c.score]), [['c', 0.95], ['a', 0.9]]);

  // A row whose complaint moved on comes as its changed fields: merged into the row held, not counted as added; an
  // update for a row not held (fallen off) is ignored.
  const moved = applyFrame(board, {
    version: 4,
    escalationUpdates: [
      { complaintId: 'c1', sequence: 4, status: 'Closed', statusSequence: 9, clockLevelNow: 'None', breaching: false },
      { complaintId: 'c9', sequence: 1, status: 'Closed', statusSequence: 3, clockLevelNow: null, breaching: false },
    ],
  }, { maxEscalations: 30 });
  assert.deepEqual(moved, []);
  assert.deepEqual(board.escalations.map(e => [e.complaintId, e.status, e.breaching, e.at]),
    [['c2', undefined, undefined, '2026-12-07T10:00:30Z'], ['c1', 'Closed', false, '2026-12-07T10:00:00Z']]);
});

test('a frame from the host leaves out the parts that did not change', async t => {
  const feed = await watcher(t, base.href, null);
  await feed.start();
  await feed.until(s => s.open(delivery) !== undefined, 'a logistics tile');
  const from = feed.events.length;
  await file('Delivery');
  // Not the latest frame: the customer's risk may change in a frame of its own after the tile's.
  const { frame } = await feed.event(e => e.kind === 'frame' && e.frame.departments, 'a frame with a tile change', from);
  for (const fields of frame.departments) {
    assert.equal(typeof fields.departmentId, 'string');
    // Only what changed: a filing does not rename the department.
    assert.equal('name' in fields, false, JSON.stringify(fields));
  }
  for (const part of ['trendPoints', 'escalations', 'atRisk', 'atRiskOrder']) {
    if (part in frame) assert.notEqual(frame[part], null, `${part} is absent or carries something`);
  }
});

test('frames arrive again after the socket is cut, without calling Watch again, and the missed change comes in the fresh snapshot', async t => {
  const proxy = await startProxy(t, base);
  const feed = await watcher(t, proxy.url, null);
  const observer = await watcher(t, base.href, null);
  await feed.start();
  await observer.start();
  await feed.until(s => s.open(delivery) !== undefined, 'a logistics tile');
  const before = feed.open(delivery);

  await file('Delivery');
  await feed.until(s => s.lastFrame && s.open(delivery) > before, 'a frame counting the first filing');

  const cut = feed.events.length;
  proxy.cut({ refuse: true });
  await feed.event(e => e.kind === 'status' && e.status === 'reconnecting', 'the reconnecting status', cut);
  // Filed while the watcher is away; the observer's frame shows the host has already sent it.
  const missed = feed.open(delivery) + 1;
  await file('Delivery');
  await observer.until(s => s.open(delivery) >= missed, 'the observer seeing the filing made while the other was away');
  proxy.resume();

  const back = await feed.event(e => e.kind === 'snapshot', 'a snapshot after the reconnect', cut);
  assert.equal(back.reason, 'reconnected');
  assert.ok(open(back.snapshot, delivery) >= missed,
    `the snapshot after the reconnect shows ${open(back.snapshot, delivery)} open in logistics, expected at least ${missed}`);

  const rejoined = feed.events.length;
  await file('Delivery');
  await feed.event(e => e.kind === 'frame' && tiles(e.frame).some(t => t.departmentId === delivery && t.open > missed),
    'a frame counting the filing made after the reconnect', rejoined);
  assert.equal(feed.status, 'live');
  assert.ok(proxy.connections >= 2, `the proxy saw ${proxy.connections} connection(s); the reconnect should have opened a new one`);
  assert.deepEqual(feed.events.filter(e => e.kind === 'snapshot').map(e => e.reason), ['start', 'reconnected']);
});

test('a department filter survives a cut socket, and moving it gives a snapshot of the new department only', async t => {
  const proxy = await startProxy(t, base);
  const feed = await watcher(t, proxy.url, 'finance');
  const first = await feed.start();
  assert.equal(first.departmentId, 'finance');

  const cut = feed.events.length;
  proxy.cut({ refuse: false });
  const back = await feed.event(e => e.kind === 'snapshot', 'a snapshot after the reconnect', cut);
  assert.equal(back.reason, 'reconnected');
  assert.equal(back.snapshot.departmentId, 'finance');
  assert.deepEqual(tiles(back.snapshot).map(t => t.departmentId), ['finance']);

  const moved = await feed.watch('quality-assurance');
  assert.equal(moved.departmentId, 'quality-assurance');
  assert.deepEqual(tiles(moved).map(t => t.departmentId), ['quality-assurance']);
  assert.equal(feed.departmentId, 'quality-assurance');
  const last = feed.events.filter(e => e.kind === 'snapshot').at(-1);
  assert.equal(last.reason, 'filter');
});

test('a department the hub refuses is an error naming departmentId, and the feed keeps watching the previous one', async t => {
  const feed = await watcher(t, base.href, 'finance');
  await feed.start();

  await assert.rejects(feed.watch('no-such-department'), /departmentId 'no-such-department' is not a configured department/);

  assert.equal(feed.departmentId, 'finance');
  assert.equal(feed.status, 'live');
  const moved = await feed.watch(null);
  assert.ok(tiles(moved).length > 1, 'watching all departments again shows them all');
});

// ---- helpers ---------------------------------------------------------------------------------------------------

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: LiveFeedModuleTests sets it when it runs this file.`);
  return value;
}

function basic(credentials) {
  return `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;
}

const tiles = snapshotOrFrame => snapshotOrFrame.departments || [];
const open = (snapshotOrFrame, departmentId) => tiles(snapshotOrFrame).find(t => t.departmentId === departmentId)?.open;

/**
 * A live feed recording every callback, and the board it shows (tiles from the snapshot, replaced by frames), with
 * waits on both. Short reconnect delays: these tests wait for reconnects, not for a wall screen's patience.
 */
async function watcher(t, address, departmentId) {
  const events = [];
  const board = { tiles: new Map(), lastFrame: null, open: id => board.tiles.get(id)?.open };
  const waiters = new Set();
  const record = event => {
    events.push(event);
    for (const waiter of waiters) waiter();
  };
  const feed = createLiveFeed({
    signalR,
    url: new URL(hubPath, address).href,
    headers: { Authorization: viewer },
    departmentId,
    reconnectDelaysMs: [0, 100, 200],
    reconnectCapMs: 250,
    restartDelayMs: 250,
    logger: signalR.LogLevel.Error,
    onSnapshot: (snapshot, reason) => {
      board.tiles = new Map(tiles(snapshot).map(t => [t.departmentId, t]));
      record({ kind: 'snapshot', reason, snapshot });
    },
    onFrame: frame => {
      // A frame carries only the fields that changed.
      for (const t of tiles(frame)) board.tiles.set(t.departmentId, { ...board.tiles.get(t.departmentId), ...t });
      board.lastFrame = frame;
      record({ kind: 'frame', frame });
    },
    onStatus: status => record({ kind: 'status', status }),
    onError: error => record({ kind: 'error', error: String(error) }),
  });
  t.after(() => feed.stop());

  // Resolves when `done()` holds, checked now and after every event; rejects after the bound, telling what it saw.
  const wait = (done, what) => new Promise((resolve, reject) => {
    const check = () => {
      const found = done();
      if (found === undefined || found === false) return;
      waiters.delete(check);
      clearTimeout(timer);
      resolve(found);
    };
    const timer = setTimeout(() => {
      waiters.delete(check);
      const seen = events.slice(-8).map(e => e.kind === 'status' ? `status ${e.status}` : e.kind === 'error' ? `error ${e.error}`
        : `${e.kind} v${(e.snapshot || e.frame).version}${e.reason ? ` (${e.reason})` : ''}`);
      reject(new Error(`Waited ${within} ms for ${what}; status ${feed.status}; the last events: ${seen.join(', ') || 'none'}`));
    }, within);
    waiters.add(check);
    check();
  });

  return {
    events,
    open: board.open,
    start: () => bounded(feed.start(), 'the first snapshot'),
    watch: next => feed.watch(next),
    get status() { return feed.status; },
    get departmentId() { return feed.departmentId; },
    /** The first event from index `from` on that matches. */
    event: (match, what, from = 0) => wait(() => events.slice(from).find(match), what),
    /** Until the board satisfies `done`. */
    until: (done, what) => wait(() => done(board) || undefined, what),
  };
}

function bounded(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`Waited ${within} ms for ${what}`)), within); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Files a complaint in the given category as the filer, over plain HTTP (no browser headers). */
function file(category) {
  const body = JSON.stringify({
    customerId: `cust-node-${Math.random().toString(36).slice(2, 12)}`,
    channel: 'Phone', subject: 'Order', reference: 'ORD-88123',
    description: 'Filed by the live-feed module test.', demand: 'Exchange', category, severity: 'High',
    idempotencyKey: `node-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  });
  return new Promise((resolve, reject) => {
    const request = http.request(new URL('/api/complaints', base), {
      method: 'POST',
      headers: { Authorization: filer, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    }, response => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', chunk => { text += chunk; });
      response.on('end', () => response.statusCode < 300 ? resolve(JSON.parse(text))
        : reject(new Error(`Filing failed: ${response.statusCode} ${text}`)));
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * A TCP proxy in front of the host. cut() destroys every socket it carries (a dropped network, not a closed hub:
 * the client sees the socket die and reconnects by itself); with refuse it also drops new connections until resume().
 */
function startProxy(t, target) {
  const sockets = new Set();
  let refusing = false;
  let connections = 0;
  const server = net.createServer(client => {
    if (refusing) {
      client.destroy();
      return;
    }
    connections++;
    const upstream = net.connect(Number(target.port), target.hostname);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', drop);
      socket.on('close', drop);
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const proxy = {
        url: `http://127.0.0.1:${server.address().port}/`,
        get connections() { return connections; },
        cut({ refuse }) {
          refusing = refuse;
          for (const socket of sockets) socket.destroy();
          sockets.clear();
        },
        resume() { refusing = false; },
      };
      t.after(() => {
        proxy.cut({ refuse: true });
        return new Promise(done => server.close(() => done()));
      });
      resolve(proxy);
    });
  });
}
