// The live dashboard. The feed (live-feed.js) connects, watches the filter, watches again after every reconnect,
// and hands over a full snapshot, then the frames above its version, each only what changed, merged by the module.
'use strict';

const HEALTH = {
  Green: { icon: '✓', word: 'Healthy' },
  Amber: { icon: '!', word: 'Attention' },
  Red: { icon: '✕', word: 'Failing' },
};
const LEVEL = { AtRisk: 'At risk', Breached: 'Breached', Level3: 'Level 3', Level4: 'Level 4', None: '—' };
const STATUS = { RemedyProposed: 'Remedy proposed', AwaitingApproval: 'Awaiting approval', OnHold: 'On hold' };
const CLOCK = { FirstResponse: 'First response', CustomerUpdate: 'Customer update', Resolution: 'Resolution' };

const state = {
  version: -1,
  serverOffsetMs: 0,       // server clock minus browser clock: ages are shown on the server's (domain) clock
  serverTime: null,
  all: [],
  tiles: new Map(),
  trends: new Map(),
  escalations: [],
  atRisk: [],
  fresh: new Set(),
  filter: new URLSearchParams(location.search).get('department') || '',
  ready: false,
};
const maxEscalations = 30;

const serverNow = () => Date.now() + state.serverOffsetMs;
function age(iso) {
  if (!iso) return '—';
  const s = Math.max(0, Math.round((serverNow() - Date.parse(iso)) / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ${String(Math.floor(s % 3600 / 60)).padStart(2, '0')}m`;
  return `${Math.floor(s / 86400)}d ${Math.floor(s % 86400 / 3600)}h`;
}
const pct = v => (v === null || v === undefined) ? '—' : `${Math.round(v * 1000) / 10}%`;
const num = v => (v === null || v === undefined) ? '—' : (Math.round(v * 10) / 10).toString();
const clock = iso => iso ? new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : '';

// ---- applying server data -------------------------------------------------------------------------------------

function applySnapshot(s) {
  state.version = s.version;
  setServerTime(s.serverTime);
  state.all = s.allDepartments;
  // A user bound to departments asked for "all" and was given the first of theirs: show which.
  if (s.departmentId && !state.filter) state.filter = s.departmentId;
  state.tiles = new Map(s.departments.map(t => [t.departmentId, t]));
  state.trends = new Map(Object.entries(s.trends));
  state.escalations = s.escalations.slice(0, maxEscalations);
  state.atRisk = s.atRisk;
  state.fresh.clear();
  globalThis.ComplaintGridIncidents?.onSnapshot(s);
  renderFilter();
}

function applyFrame(f) {
  state.version = f.version;
  setServerTime(f.serverTime);
  // A frame carries only what changed; the module merges it (tile fields, points, rows, at-risk entries).
  const added = ComplaintGridLiveFeed.applyFrame(state, f, { maxEscalations, maxTrendPoints: 240 });
  added.forEach(e => state.fresh.add(`${e.complaintId}#${e.sequence}`));
  globalThis.ComplaintGridIncidents?.onFrame(f);
  scheduleRender();
}

function setServerTime(iso) {
  if (!iso || iso.startsWith('0001')) return;
  state.serverTime = iso;
  state.serverOffsetMs = Date.parse(iso) - Date.now();
}

// ---- rendering ------------------------------------------------------------------------------------------------

let renderQueued = false;
function scheduleRender() {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => { renderQueued = false; render(); });
}

function render() {
  renderTiles();
  renderEscalations();
  renderRisk();
  document.getElementById('asof').textContent = state.serverTime ? `data as of ${clock(state.serverTime)}` : '';
  document.body.dataset.version = String(state.version);
}

function renderFilter() {
  const select = document.getElementById('filter');
  const current = state.filter;
  select.replaceChildren(el('option', { value: '' }, 'All departments'),
    ...state.all.map(d => el('option', { value: d.departmentId }, d.name)));
  select.value = current;
  complaintSearch.setDepartments(state.all);
}

function stat(label, value, field, cls) {
  return [el('dt', {}, label), el('dd', { 'data-field': field, class: cls }, value)];
}

function spark(label, points, pick, max) {
  const values = points.map(pick).filter(v => v !== null && v !== undefined);
  const w = 100, h = 30;
  const top = max ?? Math.max(1, ...values);
  const coords = values.map((v, i) => `${values.length === 1 ? w : (i * w / (values.length - 1)).toFixed(1)},${(h - (v / top) * (h - 2) - 1).toFixed(1)}`);
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('role', 'img');
  const title = document.createElementNS(svgNs, 'title');
  title.textContent = `${label}, last hour: ${values.length ? values[values.length - 1] : 'no data'}`;
  svg.append(title);
  const line = document.createElementNS(svgNs, 'polyline');
  line.setAttribute('points', coords.join(' '));
  svg.append(line);
  return el('figure', { class: 'spark' }, svg, el('figcaption', {}, label));
}

// Root causes of the complaints assessed here in the last 24 hours, most first: a bar per cause, scaled to the top one.
function causes(counts) {
  const top = Math.max(1, ...counts.map(c => c.count));
  return el('section', { class: 'causes', 'data-field': 'causes', 'aria-label': 'Root causes, last 24 hours' },
    el('h4', {}, 'Root causes ', el('span', { class: 'muted' }, '24 h')),
    counts.length
      ? el('ol', {}, ...counts.slice(0, 3).map(c => el('li', { 'data-cause': c.cause },
        el('span', { class: 'cause' }, c.cause),
        el('span', { class: 'bar' }, el('span', { class: `fill w${Math.round(c.count / top * 10)}` })),
        el('span', { class: 'count', 'data-field': 'count' }, c.count))))
      : el('p', { class: 'muted small' }, 'None assessed.'));
}

// The breach forecast (docs/domain.md): the tile's expected breaches by the end of the horizon, in the browser's time.
function forecastLine(t) {
  const by = new Date(t.expectedBreachesBy).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const n = t.expectedBreaches;
  const text = n === 0 ? `no breaches expected by ${by}` : `about ${n} breach${n === 1 ? '' : 'es'} expected by ${by}`;
  return el('p', { class: `forecast${n ? ' warn' : ''}`, 'data-field': 'forecast', 'data-expected': n }, text);
}

function renderTiles() {
  const container = document.getElementById('tiles');
  const tiles = [...state.tiles.values()].filter(t => !state.filter || t.departmentId === state.filter);
  container.replaceChildren(...tiles.map(t => {
    const h = HEALTH[t.health] || { icon: '?', word: t.health };
    const trend = state.trends.get(t.departmentId) || [];
    const load = t.agentsOnShift ? `${t.agentsOnShift} · ${num(t.loadPerAgent)}/agent` : (t.open ? 'none on shift' : '0');
    return el('article', { class: `tile health-${t.health}`, 'data-testid': `tile-${t.departmentId}`, 'data-health': t.health },
      el('header', {},
        el('h3', {}, t.name),
        el('span', { class: `badge health-${t.health}`, 'data-field': 'health' }, `${h.icon} ${h.word}`)),
      el('p', { class: 'big' }, el('span', { 'data-field': 'open' }, t.open), ' ', el('small', {}, 'open'),
        t.backlogTrend ? el('small', {}, ` (${t.backlogTrend > 0 ? '+' : ''}${t.backlogTrend} vs 1h ago)`) : ''),
      el('dl', { class: 'stats' },
        stat('New in 15 min', t.newLast15Minutes, 'new'),
        stat('Oldest unacknowledged', age(t.oldestUnacknowledgedSince), 'oldest', t.oldestUnacknowledgedSince ? 'warn' : null),
        stat('At risk', t.atRisk, 'atRisk', t.atRisk ? 'warn' : null),
        stat('Breached', t.breached, 'breached', t.breached ? 'bad' : null),
        stat('Ping-pong', t.pingPong ?? 0, 'pingPong', t.pingPong ? 'warn' : null),
        stat('First response SL (1h)', pct(t.firstResponseServiceLevelLastHour), 'frsl'),
        stat('Resolution SL (1h)', pct(t.resolutionServiceLevelLastHour), 'rsl'),
        stat('Agents on shift · load', load, 'agents')),
      forecastLine(t),
      el('p', { class: 'reasons' }, t.healthReasons.join(' · ')),
      causes(t.causesLastDay || []),
      el('div', { class: 'sparks' },
        spark('Open', trend, p => p.open),
        spark('Breached', trend, p => p.breached),
        spark('First response SL', trend, p => p.firstResponseServiceLevel, 1)));
  }));
}

function nameOf(departmentId) {
  const d = state.all.find(x => x.departmentId === departmentId);
  return d ? d.name : departmentId;
}

// What a row is, in its own words (docs/live-feed.md): a customer's request and an expired hold have their own label and
// colour and never read as a breach; a clock's row is painted as a breach only while the board says it still is one
// (`breaching`: the complaint open and the clock still breached), the rule the tile's breached count follows.
function escalationKind(e) {
  if (e.kind === 'EscalationRequested' || (!e.clock && e.kind !== 'HoldExpired'))
    return { kind: 'requested', level: 'Customer asked', clock: '—', cls: 'level-requested' };
  if (e.kind === 'HoldExpired') return { kind: 'hold', level: 'Hold expired', clock: '—', cls: 'level-hold' };
  const level = LEVEL[e.level] || e.level;
  if (e.level === 'AtRisk') return { kind: 'clock', level, clock: CLOCK[e.clock] || e.clock, cls: 'level-AtRisk' };
  return e.breaching
    ? { kind: 'clock', level, clock: CLOCK[e.clock] || e.clock, cls: 'level-breaching' }
    : { kind: 'clock', level: `${level} (since met or closed)`, clock: CLOCK[e.clock] || e.clock, cls: 'level-past' };
}

function renderEscalations() {
  const rows = state.escalations.filter(e => !state.filter || e.departmentId === state.filter);
  const key = e => `${e.complaintId}#${e.sequence}`;
  document.querySelector('#escalations tbody').replaceChildren(...rows.map(e => {
    const what = escalationKind(e);
    return el('tr',
    { class: state.fresh.has(key(e)) ? 'fresh' : null, 'data-complaint-id': e.complaintId, 'data-level': e.level, 'data-kind': what.kind,
      'data-breaching': String(!!e.breaching), 'data-status': e.status },
    el('td', { class: `level ${what.cls}`, 'data-field': 'level', 'data-label': 'Level' }, what.level),
    el('td', { 'data-field': 'clock', 'data-label': 'Clock' }, what.clock),
    el('td', { 'data-field': 'complaint', 'data-label': 'Complaint' },
      el('button', { class: 'complaint', onclick: () => showComplaint(e.complaintId) }, e.complaintId),
      el('div', { class: 'muted small' }, `${e.severity} · `, el('span', { 'data-field': 'status', title: 'Status now' }, STATUS[e.status] || e.status))),
    el('td', { 'data-field': 'owner', 'data-label': 'Owner' }, e.ownerAgentId || '(unassigned)', el('div', { class: 'muted small' }, nameOf(e.departmentId)),
      e.recipients && e.recipients.length
        ? el('div', { class: 'muted small told', title: e.recipients.map(r => `${r.name} (${r.role}) ${r.address}`).join('\n') },
          `told ${e.recipients.map(r => r.name).join(', ')}`)
        : []),
    el('td', { 'data-field': 'age', 'data-label': 'Age', title: `escalated at ${clock(e.at)}; filed ${age(e.filedAt)} ago` }, age(e.at), el('div', { class: 'muted small' }, clock(e.at))));
  }));
  state.fresh.clear();
  document.getElementById('escalations-empty').hidden = rows.length > 0;
}

// The factors that lower a score: the entry's own list, or (entries made before it was carried) those among the top ones.
const lowering = c => c.loweringFactors || c.topFactors.filter(f => f.contribution < 0);
function factorLine(which, label, factors) {
  if (!factors.length) return [];
  return el('div', { class: `factor-${which}`, 'data-field': `factors-${which}` }, el('span', { class: 'factor-label' }, `${label}: `),
    factors.map(f => `${f.name} ${f.contribution > 0 ? '+' : '−'}${num(Math.abs(f.contribution))}`).join(', '));
}

function renderRisk() {
  document.querySelector('#risk tbody').replaceChildren(...state.atRisk.map(c => {
    const delta = c.previousScore === null || c.previousScore === undefined ? 0 : c.score - c.previousScore;
    const trend = delta > 0.05 ? el('span', { class: 'up' }, `▲ +${num(delta)}`)
      : delta < -0.05 ? el('span', { class: 'down' }, `▼ ${num(delta)}`) : el('span', { class: 'muted' }, '▬ steady');
    return el('tr', { 'data-customer-id': c.customerId },
      el('td', {}, c.customerId),
      el('td', { class: 'level' }, num(c.score)),
      el('td', {}, trend),
      el('td', { class: 'factors' }, factorLine('raise', '▲ raise', c.topFactors.filter(f => f.contribution > 0).slice(0, 3)),
        factorLine('lower', '▼ lower', lowering(c).slice(0, 3))),
      el('td', {}, c.openComplaints));
  }));
  document.getElementById('risk-empty').hidden = state.atRisk.length > 0;
}

// ---- drill-down -----------------------------------------------------------------------------------------------

// Opens the complaint's drill-down and reads it; with `afterAct` (an act just succeeded) the dialog stays as it is and
// shows the complaint as it is now. Returns the complaint read, or null.
async function showComplaint(id, { afterAct = false } = {}) {
  const dialog = document.getElementById('complaint');
  const body = document.getElementById('complaint-body');
  const history = document.getElementById('complaint-history');
  if (!afterAct) {
    complaintActs.reset();
    document.getElementById('complaint-title').textContent = `Complaint ${id}`;
    body.replaceChildren('Loading…');
    history.replaceChildren();
    if (!dialog.open) dialog.showModal();
  }
  dialog.dataset.complaintId = id;
  try {
    const response = await fetch(`/api/complaints/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } });
    if (response.status === 401) { location.href = '/signin?returnUrl=/live/'; return null; }
    const c = await response.json();
    if (dialog.dataset.complaintId !== id) return null; // another complaint was opened meanwhile
    if (!response.ok) {
      // After a hand-off to a department the user does not see, the complaint is theirs no more.
      body.replaceChildren(afterAct && response.status === 404
        ? 'The complaint is now in a department you do not see.' : (c.detail || `Error ${response.status}`));
      history.replaceChildren();
      complaintActs.reset();
      return null;
    }
    body.replaceChildren(
      el('p', { 'data-testid': 'summary' }, el('span', { 'data-field': 'status' }, c.status),
        ` · ${c.category} · ${c.severity} (priority ${c.priority}) · `, el('span', { 'data-field': 'department' }, nameOf(c.departmentId)),
        c.ownerAgentId ? [' · owner ', el('span', { 'data-field': 'owner' }, c.ownerAgentId)] : '', ` · customer ${c.customerId}`,
        c.escalationLevel && c.escalationLevel !== 'None' ? ` · escalation ${LEVEL[c.escalationLevel] || c.escalationLevel}` : ''),
      c.remedy ? el('p', { class: 'remedy', 'data-testid': 'remedy' },
        `Remedy: ${c.remedy.kind}${c.remedy.amount ? ` ${c.remedy.amount}` : ''}, proposed by ${c.remedy.proposedBy}`,
        c.remedy.requiresApproval ? ' (needs a supervisor\'s approval)' : '', ` — ${c.remedy.description}`) : [],
      ComplaintGridDuplicates.section(c, showComplaint));
    complaintActs.show(c);
    history.replaceChildren(
      el('ul', { class: 'clocks', 'data-testid': 'clocks' }, ...(c.clocks || []).filter(k => k.dueAt).map(k => el('li', {},
        `${CLOCK[k.kind] || k.kind} due ${dueTime(k)}`))),
      el('ol', { class: 'timeline', 'data-testid': 'timeline' }, ...(c.timeline || []).map(t => el('li', { 'data-kind': t.kind },
        el('div', { class: 'when' }, `${t.sequence}. ${new Date(t.at).toLocaleString()} · ${actedBy(t)}`),
        el('div', {}, el('strong', {}, t.kind), ' — ', t.detail)))));
    return c;
  } catch (err) {
    body.replaceChildren(`Could not load the complaint: ${err}`);
    return null;
  }
}

// A running clock's due time in its department's zone, as that department reads it ("Mon 7 Dec, 12:00 Europe/London"),
// or in the browser's own zone when the department keeps no calendar.
function dueTime(k) {
  if (!k.timeZone) return new Date(k.dueAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  const local = new Date(k.dueLocal || k.dueAt).toLocaleString([], { timeZone: k.timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  return `${local} ${k.timeZone}`;
}

// Who acted and through which door, as the timeline records it: "agent-ana via crm", "sim-logistics-1 (simulator)".
function actedBy(t) {
  const via = t.via;
  if (!via) return t.actor;
  switch (via.channel) {
    case 'ApiKey': return via.name && via.name !== t.actor ? `${t.actor} via ${via.name}` : `${t.actor} (API key)`;
    case 'ClusterClient': return `${t.actor} (cluster client)`;
    case 'Simulator': return `${t.actor} (simulator)`;
    default: return t.actor; // a signed-in user, or the system itself
  }
}

// ---- connection -----------------------------------------------------------------------------------------------

function setConnection(kind, text) {
  const pill = document.getElementById('connection');
  pill.className = `pill pill-${kind}`;
  pill.dataset.state = kind;
  pill.textContent = text;
}

const feed = ComplaintGridLiveFeed.createLiveFeed({
  departmentId: state.filter || null,
  onSnapshot: snapshot => {
    applySnapshot(snapshot);
    state.ready = true;
    render();
  },
  onFrame: applyFrame,
  onStatus: status => {
    if (status === 'live') { stopSessionCheck(); setConnection('live', '● Live'); }
    else if (status === 'reconnecting') { startSessionCheck(); setConnection('wait', '◌ Reconnecting…'); }
    else if (status === 'offline') { startSessionCheck(); setConnection('down', '✕ Offline — retrying'); }
  },
});

// Reconnecting forever must not hide a sign-in the host no longer accepts (a replaced host with other data-protection
// keys answers every attempt 401): while the feed is away, the session is checked, and a refused one goes to the sign-in form.
const sessionCheckMs = 5000;
let sessionCheck = null;
async function checkSession() {
  try {
    const session = await fetch('/live/session', { headers: { Accept: 'application/json' } });
    if (session.status === 401 || session.redirected) location.href = '/signin?returnUrl=/live/';
  } catch {
    // The host is still down: the feed goes on trying.
  }
}
function startSessionCheck() {
  if (!sessionCheck) sessionCheck = setInterval(checkSession, sessionCheckMs);
}
function stopSessionCheck() {
  clearInterval(sessionCheck);
  sessionCheck = null;
}

async function start() {
  try {
    const session = await fetch('/live/session', { headers: { Accept: 'application/json' } });
    if (session.status === 401 || session.redirected) { location.href = '/signin?returnUrl=/live/'; return; }
    const me = await session.json();
    document.getElementById('user').textContent = `${me.name} (${me.role})`;
    complaintActs.setUser(me);
    approvalsInbox.start(me);
  } catch {
    // The host is down: the feed's own attempts and the session check take it from here.
  }
  feed.start();
}

document.getElementById('filter').addEventListener('change', async e => {
  state.filter = e.target.value;
  const url = new URL(location.href);
  if (state.filter) url.searchParams.set('department', state.filter); else url.searchParams.delete('department');
  history.replaceState(null, '', url);
  render();
  try {
    await feed.watch(state.filter || null);
  } catch {
    // The list offers only departments the hub accepts; a refusal leaves the feed on the previous one.
  }
});

// Ages tick every second between frames.
setInterval(() => { if (state.ready) render(); }, 1000);
start();
