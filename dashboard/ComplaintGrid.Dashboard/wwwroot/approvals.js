// The approvals inbox, for supervisors: the complaints in their departments whose remedy awaits approval, from the
// complaint search (GET /api/complaints?status=AwaitingApproval, the history read model, about a second behind the
// complaints). Each opens the drill-down, where Approve and Reject are offered. Read when the page starts, on Refresh,
// every half minute, and after an act; a complaint the page has just seen leave AwaitingApproval is left out until the
// history says so too. Uses el(), nameOf() and showComplaint() of dashboard.js, which loads after this file.
'use strict';

const approvalsInbox = (() => {
  // The inbox is a list to work through, not a report: a page of the oldest-filed is plenty.
  const pageSize = 100;
  // Approvals are not on the live feed: a half-minute read keeps a supervisor's inbox current without loading the history.
  const refreshMs = 30_000;
  const panel = document.getElementById('approvals');
  const table = document.getElementById('approvals-list');
  const body = table.querySelector('tbody');
  const count = document.getElementById('approvals-count');
  const summary = document.getElementById('approvals-summary');
  const error = document.getElementById('approvals-error');
  const settled = new Map(); // complaint id → the status the page last read, while it is not AwaitingApproval
  let active = false;
  let loading = null;

  function start(me) {
    active = me && me.role === 'supervisor';
    panel.hidden = !active;
    if (!active) return;
    document.getElementById('approvals-refresh').addEventListener('click', () => refresh());
    refresh();
    setInterval(() => { if (!document.hidden) refresh(); }, refreshMs);
  }

  async function refresh() {
    if (!active) return;
    if (loading) return loading;
    loading = load().finally(() => { loading = null; });
    return loading;
  }

  async function load() {
    error.hidden = true;
    try {
      const response = await fetch(`/api/complaints?status=AwaitingApproval&limit=${pageSize}`, { headers: { Accept: 'application/json' } });
      if (response.status === 401) { location.href = '/signin?returnUrl=/live/'; return; }
      if (!response.ok) {
        let problem = null;
        try { problem = await response.json(); } catch { /* the status speaks */ }
        const p = ComplaintGridActs.describeProblem(response.status, response.statusText, problem);
        error.textContent = `${p.title}${p.detail ? ': ' + p.detail : ''}`;
        error.hidden = false;
        return;
      }
      const listed = await response.json();
      // Where the history has caught up with what the page saw, the entry no longer needs hiding.
      const ids = new Set(listed.map(c => c.complaintId));
      for (const id of [...settled.keys()]) if (!ids.has(id)) settled.delete(id);
      const found = listed.filter(c => !settled.has(c.complaintId));
      const more = /rel="next"/.test(response.headers.get('Link') || '');
      render(found, more);
    } catch (err) {
      error.textContent = `Could not read the approvals: ${err}`;
      error.hidden = false;
    }
  }

  function render(found, more) {
    // Oldest filing first: the longest wait is worked first.
    const rows = [...found].reverse();
    body.replaceChildren(...rows.map(c => el('tr', { 'data-complaint-id': c.complaintId },
      el('td', {}, el('button', { type: 'button', class: 'complaint', onclick: () => showComplaint(c.complaintId) }, c.complaintId)),
      el('td', {}, c.customerId),
      el('td', {}, nameOf(c.departmentId)),
      el('td', {}, `${c.category} · ${c.severity}`),
      el('td', { title: c.filedAt }, new Date(c.filedAt).toLocaleString()))));
    table.hidden = rows.length === 0;
    count.textContent = String(rows.length) + (more ? '+' : '');
    summary.textContent = rows.length === 0 ? 'Nothing awaits your approval.'
      : `${rows.length} remed${rows.length === 1 ? 'y awaits' : 'ies await'} approval${more ? ', more after these' : ''}.`;
  }

  /** After an act on `id`: a complaint read as no longer awaiting approval leaves the list now, and the list is read again. */
  function update(id, complaint) {
    if (!active) return;
    if (complaint && complaint.status !== 'AwaitingApproval') {
      settled.set(id, complaint.status);
      const row = body.querySelector(`tr[data-complaint-id="${CSS.escape(id)}"]`);
      if (row) row.remove();
    }
    refresh();
  }

  return { start, refresh, update };
})();
