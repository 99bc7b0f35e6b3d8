// The drill-down's acts: a button per act the signed-in user may take now (acts.js decides which), a small form per act
// opened in place, the POST to the API, and then the complaint read again. The actor is never sent: the API acts as the
// signed-in user. The session cookie goes with the request, and the browser's own Origin and Sec-Fetch-Site headers are
// what the API's cross-site guard checks; nothing else is needed from a page of this site.
// A refusal (400, 403, 409) leaves the form open as typed and shows the API's problem in the alert region, each field's
// error beside its field. Uses el(), state, nameOf() and showComplaint() of dashboard.js, which loads after this file.
'use strict';

const complaintActs = (() => {
  const dialog = document.getElementById('complaint');
  const section = document.getElementById('complaint-acts');
  const buttons = document.getElementById('act-buttons');
  const notes = document.getElementById('act-notes');
  const slot = document.getElementById('act-form-slot');
  const outcome = document.getElementById('act-outcome');
  const problemBox = document.getElementById('act-problem');
  let user = null;
  let complaint = null;
  let open = null; // { act, form, opener }
  let busy = false;

  function setUser(me) {
    user = me;
  }

  /** Offers the acts for `c`, the complaint as just read; a form left open for an act no longer offered closes. */
  function show(c) {
    complaint = c;
    const { offered, notes: why } = ComplaintGridActs.actsFor(c, user || {});
    if (open && !offered.includes(open.act)) closeForm(false);
    buttons.replaceChildren(...offered.map(act => el('button', {
      type: 'button', class: 'act', 'data-act': act.id, 'aria-expanded': String(!!open && open.act === act),
      'aria-controls': 'act-form', onclick: e => openForm(act, e.currentTarget),
    }, act.label)));
    const role = user ? user.role : '';
    if (!offered.length && !why.length)
      why.push(role === 'lead' ? 'Leads look; agents and supervisors act on complaints.' : `No act is open to you while the complaint is ${c.status}.`);
    notes.replaceChildren(...why.map(n => el('span', {}, n)));
    section.hidden = false;
  }

  /** Forgets the complaint shown: the dialog closed or another complaint opens. */
  function reset() {
    closeForm(false);
    clearMessages();
    complaint = null;
    buttons.replaceChildren();
    notes.replaceChildren();
    section.hidden = true;
  }

  function clearMessages() {
    outcome.replaceChildren();
    problemBox.replaceChildren();
  }

  function fieldInput(field, id) {
    const common = { id, name: field.name, maxlength: String(field.maxLength), required: field.required ? '' : null,
      'aria-describedby': `${id}-error`, autocomplete: 'off' };
    if (field.kind === 'textarea') return el('textarea', { ...common, rows: '3' });
    if (field.kind === 'department') {
      // Ids typed or picked: a user bound to departments sees only theirs, and may still hand off to any other.
      const choices = state.all.filter(d => d.departmentId !== complaint.departmentId);
      const list = el('datalist', { id: `${id}-choices` }, ...choices.map(d => el('option', { value: d.departmentId }, d.name)));
      return [el('input', { ...common, list: `${id}-choices`, spellcheck: 'false' }), list];
    }
    return el('input', { ...common, spellcheck: 'false', value: field.initial && user ? field.initial(user) : null });
  }

  function openForm(act, opener) {
    if (open && open.act === act) { firstField().focus(); return; }
    closeForm(false);
    clearMessages();
    const title = `act-form-title`;
    const form = el('form', { id: 'act-form', class: 'act-form', 'data-act': act.id, 'aria-labelledby': title },
      el('h4', { id: title }, act.label),
      ...act.fields.map(field => {
        const id = `act-field-${field.name}`;
        return el('div', { class: 'act-field' },
          el('label', { for: id }, field.label),
          fieldInput(field, id),
          el('p', { id: `${id}-error`, class: 'field-error', 'data-field-error': field.name, hidden: '' }));
      }),
      el('div', { class: 'act-form-buttons' },
        el('button', { type: 'submit', class: 'action' }, act.submit),
        el('button', { type: 'button', class: 'link', onclick: () => closeForm(true) }, 'Cancel')));
    form.addEventListener('submit', e => { e.preventDefault(); submit(); });
    // Escape closes the form, not the whole drill-down; a second Escape closes that.
    form.addEventListener('keydown', e => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      closeForm(true);
    });
    slot.replaceChildren(form);
    open = { act, form, opener };
    opener.setAttribute('aria-expanded', 'true');
    firstField().focus();
  }

  const firstField = () => open.form.querySelector('input, textarea, select');

  /** Closes the open form; with `refocus` the act's button takes the focus back (as after Escape or Cancel). */
  function closeForm(refocus) {
    if (!open) return;
    const opener = buttons.querySelector(`button[data-act="${open.act.id}"]`) || open.opener;
    slot.replaceChildren();
    open = null;
    if (opener) {
      opener.setAttribute('aria-expanded', 'false');
      if (refocus && opener.isConnected) opener.focus();
    }
  }

  function showProblem(problem) {
    const form = open && open.form;
    const placed = new Set();
    if (form) {
      for (const box of form.querySelectorAll('.field-error')) { box.hidden = true; box.textContent = ''; }
      for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
      for (const e of problem.fieldErrors) {
        const input = form.elements.namedItem(e.field);
        const box = form.querySelector(`[data-field-error="${CSS.escape(e.field)}"]`);
        if (!input || !box) continue;
        input.setAttribute('aria-invalid', 'true');
        box.textContent = box.textContent ? `${box.textContent} ${e.message}` : e.message;
        box.hidden = false;
        placed.add(e);
      }
    }
    // Errors beside no field of the form are listed, unless the detail already says them.
    const rest = problem.fieldErrors.filter(e => !placed.has(e) && e.message && !problem.detail.includes(e.message));
    problemBox.replaceChildren(
      el('p', {}, el('strong', { 'data-field': 'title' }, problem.title), problem.detail ? ' ' : '',
        problem.detail ? el('span', { 'data-field': 'detail' }, problem.detail) : ''),
      rest.length ? el('ul', { class: 'field-errors' }, ...rest.map(e => el('li', { 'data-field': e.field }, `${e.field}: ${e.message}`))) : []);
    const invalid = form && form.querySelector('[aria-invalid=true]');
    if (invalid) invalid.focus();
  }

  async function submit() {
    if (busy || !open || !complaint) return;
    const { act, form } = open;
    const id = complaint.id;
    const body = ComplaintGridActs.bodyOf(act, name => form.elements.namedItem(name).value);
    clearMessages();
    busy = true;
    form.setAttribute('aria-busy', 'true');
    const submitButton = form.querySelector('button[type=submit]');
    submitButton.disabled = true;
    try {
      const response = await fetch(`/api/complaints/${encodeURIComponent(id)}/${act.action}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.status === 401) { location.href = '/signin?returnUrl=/live/'; return; }
      if (!response.ok) {
        let parsed = null;
        try { parsed = await response.json(); } catch { /* not a problem body: the status speaks */ }
        showProblem(ComplaintGridActs.describeProblem(response.status, response.statusText, parsed));
        return;
      }
      closeForm(false);
      outcome.replaceChildren(el('span', { 'data-act-done': act.id }, act.done));
      const now = await showComplaint(id, { afterAct: true });
      approvalsInbox.update(id, now);
      (buttons.querySelector('button.act') || dialog.querySelector('.dialog-close button')).focus();
    } catch (err) {
      showProblem({ title: 'Could not reach the server', detail: String(err), fieldErrors: [] });
    } finally {
      busy = false;
      if (form.isConnected) {
        form.removeAttribute('aria-busy');
        submitButton.disabled = false;
      }
    }
  }

  // Escape with a form open closes the form first (when the form itself did not see the key).
  dialog.addEventListener('cancel', e => {
    if (!open) return;
    e.preventDefault();
    closeForm(true);
  });
  dialog.addEventListener('close', reset);

  return { setUser, show, reset, clearMessages };
})();
