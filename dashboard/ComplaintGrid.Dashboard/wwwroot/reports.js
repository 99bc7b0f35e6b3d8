// The Reports page: the service report and the root-cause Pareto of GET /api/reports/service and /root-causes
// (docs/http-api.md), for a period, date range, time zone and departments, as tables and Chart.js charts, each with
// its CSV. The settings live in the page's query string, so a report is a link. Signed in as on the live board; the
// API keeps a user to their departments.
'use strict';

const PERIOD_DAYS = 28;     // the default range: four whole weeks up to today
const colours = { accent: '#6cb6ff', green: '#3ecf8e', amber: '#f5b83d', red: '#ff6b6b', muted: '#9aa8b5', line: '#2a3642' };
const charts = [];
let departments = [];

const pct = v => (v === null || v === undefined) ? '—' : `${Math.round(v * 1000) / 10}%`;
const num = v => (v === null || v === undefined) ? '—' : (Math.round(v * 10) / 10).toLocaleString();
const money = v => v.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const nameOf = id => (departments.find(d => d.departmentId === id) || { name: id }).name;
// A share as the charts plot it: a percentage to one decimal, or null (a gap) when nothing was measured.
const percent = (met, measured) => measured ? Math.round(met / measured * 1000) / 10 : null;

Chart.defaults.color = colours.muted;
Chart.defaults.borderColor = colours.line;
Chart.defaults.font.family = '"Liberation Sans", "DejaVu Sans", system-ui, sans-serif';
// A report is read, not watched: no animation, so a chart is complete the moment it is drawn.
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;

// ---- settings ---------------------------------------------------------------------------------------------------

// Today's date in a time zone, as the API's ISO local date.
function today(timeZone) {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

function addDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function browserTimeZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function settingsFromAddress() {
  const q = new URLSearchParams(location.search);
  const timeZone = q.get('timeZone') || browserTimeZone();
  const to = q.get('to') || today(timeZone);
  return {
    period: q.get('period') || 'week',
    timeZone,
    to,
    from: q.get('from') || addDays(to, -(PERIOD_DAYS - 1)),
    departmentIds: q.getAll('departmentId'),
  };
}

function showSettings(s) {
  document.getElementById('period').value = s.period;
  document.getElementById('from').value = s.from;
  document.getElementById('to').value = s.to;
  document.getElementById('timeZone').value = s.timeZone;
  const chosen = new Set(s.departmentIds);
  for (const box of document.querySelectorAll('#departments input')) box.checked = chosen.size === 0 || chosen.has(box.value);
}

// The parameters both reports take; every department ticked is the API's default (all the user may see), so none is sent.
function parameters() {
  const p = new URLSearchParams();
  for (const id of ['from', 'to', 'timeZone']) p.set(id, document.getElementById(id).value.trim());
  const boxes = [...document.querySelectorAll('#departments input')];
  const ticked = boxes.filter(b => b.checked).map(b => b.value);
  if (ticked.length < boxes.length) ticked.forEach(id => p.append('departmentId', id));
  return p;
}

function withExtra(params, extra) {
  const p = new URLSearchParams(params);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p;
}

// ---- loading ----------------------------------------------------------------------------------------------------

function showError(text) {
  const error = document.getElementById('error');
  error.textContent = text;
  error.hidden = !text;
}

async function problemText(response) {
  try {
    const problem = await response.json();
    const text = problem.detail || problem.title || `Error ${response.status}`;
    return problem.field && !text.includes(problem.field) ? `${problem.field}: ${text}` : text;
  } catch {
    return `Error ${response.status} ${response.statusText}`;
  }
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (response.status === 401) {
    location.href = `/signin?returnUrl=${encodeURIComponent(location.pathname + location.search)}`;
    throw new Error('signed out');
  }
  if (!response.ok) throw new Error(await problemText(response));
  return response.json();
}

async function load() {
  const common = parameters();
  const period = document.getElementById('period').value;
  const service = withExtra(common, { period });
  const causes = withExtra(common, { by: 'cause' });
  history.replaceState(null, '', `${location.pathname}?${withExtra(common, { period })}`);
  document.getElementById('service-csv').href = `/api/reports/service?${withExtra(service, { format: 'csv' })}`;
  document.getElementById('causes-csv').href = `/api/reports/root-causes?${withExtra(causes, { format: 'csv' })}`;
  showError('');
  document.body.dataset.loaded = 'loading';
  try {
    const [serviceReport, causeReport] = await Promise.all([
      getJson(`/api/reports/service?${service}`),
      getJson(`/api/reports/root-causes?${causes}`),
    ]);
    charts.splice(0).forEach(c => c.destroy());
    renderService(serviceReport);
    renderCauses(causeReport);
    document.body.dataset.loaded = 'ok';
  } catch (err) {
    showError(err.message);
    document.body.dataset.loaded = 'error';
  }
}

// ---- the service report -----------------------------------------------------------------------------------------

function periodLabel(period, start, end) {
  period = period.toLowerCase();
  if (period === 'month') return start.slice(0, 7);
  if (period === 'week') return `${start} – ${end}`;
  return start;
}

function cell(field, text, title) {
  return el('td', { 'data-field': field, title }, text);
}

function renderService(report) {
  document.getElementById('service-range').textContent = `${report.from} to ${report.to}, by ${report.period.toLowerCase()}, ${report.timeZone}`;
  const rows = report.rows;
  document.querySelector('#service-table tbody').replaceChildren(...rows.map(r => el('tr',
    { 'data-department': r.departmentId, 'data-period': r.periodStart },
    el('td', {}, nameOf(r.departmentId)),
    el('td', {}, periodLabel(report.period, r.periodStart, r.periodEnd)),
    cell('filed', r.filed),
    cell('closed', r.closed),
    cell('openAtEnd', r.openAtEnd),
    cell('firstResponse', pct(r.firstResponse.rate), `${r.firstResponse.met} of ${r.firstResponse.measured} met`),
    cell('resolution', pct(r.resolution.rate), `${r.resolution.met} of ${r.resolution.measured} met`),
    cell('breaches', r.breaches.firstResponse + r.breaches.customerUpdate + r.breaches.resolution,
      `first response ${r.breaches.firstResponse} · customer update ${r.breaches.customerUpdate} · resolution ${r.breaches.resolution}`),
    cell('reopenRate', pct(r.reopenRate)),
    cell('satisfactionRate', pct(r.satisfactionRate), r.recoveryRate === null ? null : `recovered ${pct(r.recoveryRate)}`),
    cell('pingPongHandOffs', r.pingPongHandOffs),
    cell('remedies', r.remedies.amount ? `${r.remedies.count} · ${money(r.remedies.amount)}` : r.remedies.count),
    cell('holdHours', `${num(r.holdHours)} h`))));
  document.getElementById('service-empty').hidden = rows.length > 0;

  // The charts add the departments shown up per period; the rates are recomputed from the counts, not averaged.
  const byPeriod = new Map();
  for (const r of rows) {
    const p = byPeriod.get(r.periodStart) || { label: periodLabel(report.period, r.periodStart, r.periodEnd),
      filed: 0, closed: 0, openAtEnd: 0, frMet: 0, frMeasured: 0, resMet: 0, resMeasured: 0 };
    p.filed += r.filed; p.closed += r.closed; p.openAtEnd += r.openAtEnd;
    p.frMet += r.firstResponse.met; p.frMeasured += r.firstResponse.measured;
    p.resMet += r.resolution.met; p.resMeasured += r.resolution.measured;
    byPeriod.set(r.periodStart, p);
  }
  const periods = [...byPeriod.keys()].sort().map(k => byPeriod.get(k));
  const labels = periods.map(p => p.label);
  charts.push(new Chart(document.getElementById('volumes-chart'), {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: 'Filed', data: periods.map(p => p.filed), backgroundColor: colours.accent },
        { label: 'Closed', data: periods.map(p => p.closed), backgroundColor: colours.green },
        { label: 'Open at end', type: 'line', data: periods.map(p => p.openAtEnd), borderColor: colours.amber, backgroundColor: colours.amber },
      ],
    },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  }));
  charts.push(new Chart(document.getElementById('levels-chart'), {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: 'First response', data: periods.map(p => percent(p.frMet, p.frMeasured)), borderColor: colours.accent, backgroundColor: colours.accent },
        { label: 'Resolution', data: periods.map(p => percent(p.resMet, p.resMeasured)), borderColor: colours.green, backgroundColor: colours.green },
      ],
    },
    options: { spanGaps: true, scales: { y: { min: 0, max: 100, ticks: { callback: v => `${v}%` } } } },
  }));
}

// ---- the root-cause Pareto --------------------------------------------------------------------------------------

function texts(label, items) {
  if (!items.length) return null;
  return el('div', { class: 'texts' }, el('h5', {}, label),
    el('ul', {}, ...items.map(t => el('li', {}, t.text, ' ', el('span', { class: 'muted small' }, t.complaintId)))));
}

function renderCauses(report) {
  const cards = report.departments.map(d => el('article', { class: 'pareto-card', 'data-department': d.departmentId },
    el('h3', {}, nameOf(d.departmentId), ' ', el('span', { class: 'muted small', 'data-field': 'total' }, `${d.total} ${report.by.toLowerCase() === 'category' ? 'filed' : 'assessed'}`)),
    el('div', { class: 'chart' }, el('canvas', { 'data-department': d.departmentId, role: 'img',
      'aria-label': `${nameOf(d.departmentId)}: complaints by ${report.by.toLowerCase()}, most first, with the cumulative share` })),
    el('ol', { class: 'bars' }, ...d.bars.map(b => el('li', { 'data-key': b.key },
      el('div', { class: 'bar-head' }, el('strong', {}, b.key), ' ',
        el('span', { 'data-field': 'count' }, b.count), ' ',
        el('span', { class: 'muted small' }, `${pct(b.share)} · cumulative ${pct(b.cumulativeShare)}`)),
      texts('Lessons', b.lessons),
      texts('Prevention', b.prevention))))));
  document.getElementById('pareto').replaceChildren(...cards);
  // Drawn once the canvases are in the page, so Chart.js sizes each to its box.
  report.departments.forEach((d, i) => charts.push(paretoChart(cards[i].querySelector('canvas'), d)));
  document.getElementById('causes-empty').hidden = report.departments.length > 0;
}

function paretoChart(canvas, d) {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: d.bars.map(b => b.key),
      datasets: [
        { label: 'Complaints', data: d.bars.map(b => b.count), backgroundColor: colours.accent, yAxisID: 'y', order: 2 },
        { label: 'Cumulative share', type: 'line', data: d.bars.map(b => Math.round(b.cumulativeShare * 1000) / 10),
          borderColor: colours.amber, backgroundColor: colours.amber, yAxisID: 'share', order: 1 },
      ],
    },
    options: {
      scales: {
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'complaints' } },
        share: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, ticks: { callback: v => `${v}%` } },
      },
    },
  });
}

// ---- start ------------------------------------------------------------------------------------------------------

async function start() {
  const session = await fetch('/live/session', { headers: { Accept: 'application/json' } });
  if (session.status === 401 || session.redirected) {
    location.href = `/signin?returnUrl=${encodeURIComponent(location.pathname + location.search)}`;
    return;
  }
  const me = await session.json();
  document.getElementById('user').textContent = `${me.name} (${me.role})`;
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  document.getElementById('time-zones').replaceChildren(...['UTC', ...zones].map(z => el('option', { value: z })));
  try {
    departments = await getJson('/api/departments');
  } catch (err) {
    showError(err.message);
  }
  document.getElementById('departments').append(...departments.map(d => el('label', { class: 'check' },
    el('input', { type: 'checkbox', value: d.departmentId, name: 'departmentId' }), ` ${d.name}`)));
  showSettings(settingsFromAddress());
  await load();
}

document.getElementById('controls').addEventListener('submit', e => {
  e.preventDefault();
  load();
});

start();
