// Incidents on the live board: a burst of complaints about one cause shows as ONE row with its count and growth.
// The feed's snapshot carries every open incident shown; a frame carries the whole list again whenever the incident
// board changed (docs/live-feed.md), so this file replaces what it holds and never merges.
'use strict';

(function () {
  const held = { incidents: [], departments: new Map(), ready: false };

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
      '<th>Complaints</th><th>Growth</th><th>Opened</th></tr></thead><tbody></tbody></table>' +
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
        cell(timeText(i.openedAt)));
      return tr;
    });
    document.querySelector('#incidents tbody').replaceChildren(...rows);
    document.getElementById('incidents-empty').hidden = rows.length > 0;
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

  globalThis.ComplaintGridIncidents = { onSnapshot, onFrame };
}());
