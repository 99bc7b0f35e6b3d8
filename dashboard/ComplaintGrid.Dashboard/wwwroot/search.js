// The dashboard's complaint search: words and filters sent to GET /api/complaints (the history read model, closed
// complaints included, only in the signed-in user's departments), a page at a time through the Link header's next page.
// A result expands in place with the complaint itself; the API's refusal is shown as its problem detail.
// Uses el(), nameOf() and showComplaint() of dashboard.js, which loads after this file.
'use strict';

const complaintSearch = (() => {
  const pageSize = 20;
  const form = document.getElementById('search');
  const table = document.getElementById('search-results');
  const body = table.querySelector('tbody');
  const more = document.getElementById('search-more');
  const error = document.getElementById('search-error');
  const summary = document.getElementById('search-summary');
  let next = null;
  let shown = 0;

  function query() {
    const params = new URLSearchParams();
    const words = document.getElementById('search-q').value.trim();
    if (words) params.set('q', words);
    for (const [id, name] of [['search-status', 'status'], ['search-department', 'departmentId']]) {
      const value = document.getElementById(id).value;
      if (value) params.set(name, value);
    }
    params.set('limit', String(pageSize));
    return `/api/complaints?${params}`;
  }

  function showError(text) {
    error.textContent = text;
    error.hidden = !text;
  }

  // The problem detail as the API words it ("q: must contain a word."), or the status when the body is not one.
  async function problemText(response) {
    try {
      const problem = await response.json();
      const text = problem.detail || problem.title || `Error ${response.status}`;
      return problem.field && !text.includes(problem.field) ? `${problem.field}: ${text}` : text;
    } catch {
      return `Error ${response.status} ${response.statusText}`;
    }
  }

  async function load(url, append) {
    showError('');
    more.disabled = true;
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (response.status === 401) { location.href = '/signin?returnUrl=/live/'; return; }
      if (!response.ok) {
        showError(await problemText(response));
        if (!append) { body.replaceChildren(); table.hidden = true; summary.textContent = ''; more.hidden = true; }
        return;
      }
      const found = await response.json();
      const link = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('Link') || '');
      next = link ? link[1] : null;
      if (!append) { body.replaceChildren(); shown = 0; }
      body.append(...found.flatMap(row));
      shown += found.length;
      table.hidden = shown === 0;
      summary.textContent = shown === 0 ? 'No complaint matches.' : `${shown} shown${next ? ', more match' : ''}.`;
      more.hidden = !next;
    } catch (err) {
      showError(`Search failed: ${err}`);
    } finally {
      more.disabled = false;
    }
  }

  function row(c) {
    const detail = el('tr', { class: 'detail', hidden: '' }, el('td', { colspan: '6' }));
    const toggle = el('button', { class: 'complaint', 'aria-expanded': 'false', onclick: () => expand(c.complaintId, toggle, detail) }, c.complaintId);
    const what = [c.category, c.severity, c.cause ? `cause ${c.cause}` : null, c.reference].filter(Boolean).join(' · ');
    return [
      el('tr', { 'data-complaint-id': c.complaintId },
        el('td', {}, toggle),
        el('td', {}, c.customerId),
        el('td', { 'data-field': 'status' }, c.status),
        el('td', {}, nameOf(c.departmentId)),
        el('td', { title: c.filedAt }, new Date(c.filedAt).toLocaleString()),
        el('td', { class: 'muted' }, what)),
      detail,
    ];
  }

  // The search answer carries no free text: the complaint itself is read when a result is opened.
  async function expand(id, toggle, detail) {
    const open = detail.hidden;
    detail.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (!open || detail.dataset.loaded) return;
    const cell = detail.firstChild;
    cell.replaceChildren('Loading…');
    try {
      const response = await fetch(`/api/complaints/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } });
      if (!response.ok) { cell.replaceChildren(el('span', { class: 'error' }, await problemText(response))); return; }
      const c = await response.json();
      detail.dataset.loaded = '1';
      cell.replaceChildren(
        el('p', { class: 'description', 'data-field': 'description' }, c.description || '(erased)'),
        el('p', { class: 'muted small' }, [
          c.demand ? `Wants: ${c.demand}` : null,
          `${c.status} · ${c.category} · ${c.severity} (priority ${c.priority}) · ${nameOf(c.departmentId)}`,
          c.ownerAgentId ? `owner ${c.ownerAgentId}` : null,
          c.classification ? `cause ${c.classification.cause}` : null,
        ].filter(Boolean).join(' · ')),
        el('button', { class: 'link', onclick: () => showComplaint(id) }, 'Timeline and acts…'));
    } catch (err) {
      cell.replaceChildren(el('span', { class: 'error' }, `Could not load the complaint: ${err}`));
    }
  }

  form.addEventListener('submit', e => {
    e.preventDefault();
    load(query(), false);
  });
  more.addEventListener('click', () => { if (next) load(next, true); });

  return {
    /** The departments the signed-in user may see, as the feed lists them. */
    setDepartments(all) {
      const select = document.getElementById('search-department');
      const current = select.value;
      select.replaceChildren(el('option', { value: '' }, 'Any department'),
        ...all.map(d => el('option', { value: d.departmentId }, d.name)));
      select.value = current;
    },
  };
})();
