// Incidents on the live board: a burst of complaints about one cause shows as ONE row with its count and growth.
// The feed's snapshot carries every open incident shown; a frame carries the whole list again whenever the incident
// board changed (docs/live-feed.md), so this file replaces what it holds and never merges. Escalation rows of an
// incident's complaints are folded under its row (hidden, counted there) until someone unfolds them.
'use strict';

(function () {
  const held = { incidents: [], departments: new Map(), ready: false, members: new Map(), unfolded: new Set() };

  function section() {
    let panel = document.getElementById('incidents-panel');
    if (panel) return panel;
    panel = document.createElement('section');
    panel.id = 'incidents-panel';
    panel.className = 'panel';
    panel.setAttribute('aria-labelledby', 'incidents-heading');
    panel.innerHTML =
      '<h2 id="incidents-heading">Incidents <span class="muted small">bursts about one cause, one row each</span></h2>' +
      '<table class="grid" id="incidents"><thead><tr><th>Incident</th><th>Category</th><th>Department</th>' +
      '<th>Complaints</th><th>Growth</th><th>Opened</th><th>Escalations</th></tr></thead><tbody></tbody></table>' +
      '<p class="empty muted" id="incidents-empty">No open incidents.</p>';
    const main = document.querySelector('main');
    const before = main && main.querySelector('.columns');
    if (before) main.insertBefore(panel, before); else if (main) main.appendChild(panel); else document.body.appendChild(panel);
    return panel;
  }

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }

  const growthText = g => g > 0 ? `+${g}` : String(g);
  const timeText = iso => iso ? new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '';

  function render() {
    section();
    const rows = held.incidents.map(i => {
      const tr = document.createElement('tr');
      tr.dataset.incidentId = i.id;
      const title = cell(i.title);
      title.title = i.id;
      tr.append(
        title,
        cell(i.category),
        cell(held.departments.get(i.departmentId) || i.departmentId),
        cell(String(i.count), 'count'),
        cell(growthText(i.growth), 'growth'),
        cell(timeText(i.openedAt)),
        cell('', 'folded'));
      return tr;
    });
    document.querySelector('#incidents tbody').replaceChildren(...rows);
    document.getElementById('incidents-empty').hidden = rows.length > 0;
    held.members = new Map(held.incidents.flatMap(i => (i.complaintIds || []).map(c => [c, i.id])));
    fold();
  }

  // The board redraws its escalation rows every second; folding follows each redraw.
  function fold() {
    const counts = new Map();
    for (const tr of document.querySelectorAll('#escalations tbody tr[data-complaint-id]')) {
      const incident = held.members.get(tr.dataset.complaintId);
      const hide = !!incident && !held.unfolded.has(incident);
      if (tr.hidden !== hide) tr.hidden = hide;
      if (incident) counts.set(incident, (counts.get(incident) || 0) + 1);
    }
    for (const row of document.querySelectorAll('#incidents tbody tr')) {
      const n = counts.get(row.dataset.incidentId) || 0;
      const td = row.querySelector('td.folded');
      const open = held.unfolded.has(row.dataset.incidentId);
      const label = n === 0 ? '' : `${n} escalation${n === 1 ? '' : 's'} ${open ? 'shown' : 'folded'}`;
      if (td.textContent === label) continue;
      td.replaceChildren();
      if (n === 0) continue;
      const toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'link';
      toggle.textContent = label;
      toggle.addEventListener('click', () => {
        if (open) held.unfolded.delete(row.dataset.incidentId); else held.unfolded.add(row.dataset.incidentId);
        fold();
      });
      td.append(toggle);
    }
  }

  function watchEscalations() {
    const body = document.querySelector('#escalations tbody');
    if (body) new MutationObserver(fold).observe(body, { childList: true });
  }

  function onSnapshot(snapshot) {
    held.departments = new Map((snapshot.allDepartments || []).map(d => [d.departmentId, d.name]));
    held.incidents = snapshot.incidents || [];
    held.ready = true;
    render();
  }

  function onFrame(frame) {
    if (!frame.incidents) return;
    held.incidents = frame.incidents;
    if (held.ready) render();
  }

  watchEscalations();
  globalThis.ComplaintGridIncidents = { onSnapshot, onFrame };
}());
