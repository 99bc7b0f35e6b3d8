// What a signed-in user may do to a complaint from its drill-down, and how the API words a refusal. The API exposes no
// list of a complaint's next acts, so this one small table derives them from the complaint's status (docs/domain.md,
// the lifecycle's "allowed when") and the user's role (docs/security.md: a lead only looks, an agent takes every act
// but a remedy's approval, a supervisor also approves and rejects). The API decides in the end: what is offered here
// and refused there (the complaint moved on meanwhile) is shown as the API's problem.
//
// A classic script in the browser (sets `ComplaintGridActs`) and a CommonJS module in node (tests).
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.ComplaintGridActs = factory();
}(typeof globalThis !== 'undefined' ? globalThis : this, function () {
  'use strict';

  // The API's limits (docs/http-api.md): ids 1–64 characters, other texts up to 2,000.
  const idLength = 64;
  const textLength = 2000;

  const workers = ['agent', 'supervisor'];
  const approvers = ['supervisor'];
  const isOpen = c => c.status !== 'Closed';

  /**
   * The acts, in the order the drill-down offers them. Each names its API action (POST /api/complaints/{id}/{action}),
   * who may take it, in which state, and the body's fields; the actor is never a field: the API takes the caller.
   */
  const acts = [
    {
      id: 'assign', label: 'Assign owner', action: 'start-investigation', roles: workers,
      allowed: c => c.status === 'Assigned', submit: 'Assign', done: 'Owner assigned; the investigation has started.',
      fields: [{ name: 'ownerAgentId', label: 'Owner (agent id)', kind: 'text', required: true, maxLength: idLength, initial: user => user.name }],
    },
    {
      id: 'hand-off', label: 'Hand off', action: 'hand-off', roles: workers,
      allowed: c => c.status === 'Assigned' || c.status === 'Investigating', submit: 'Hand off', done: 'Handed off.',
      fields: [
        { name: 'toDepartmentId', label: 'To department', kind: 'department', required: true, maxLength: idLength },
        { name: 'reason', label: 'Reason', kind: 'textarea', required: true, maxLength: textLength },
      ],
    },
    {
      id: 'escalate', label: 'Escalate (customer asked)', action: 'escalate', roles: workers,
      allowed: isOpen, submit: 'Escalate', done: 'Escalated one level up.',
      fields: [{ name: 'reason', label: 'What the customer asked', kind: 'textarea', required: true, maxLength: textLength }],
    },
    {
      id: 'inform', label: 'Update the customer', action: 'inform-customer', roles: workers,
      allowed: c => isOpen(c) && c.status !== 'Received', submit: 'Send update', done: 'Update sent to the customer.',
      fields: [{ name: 'message', label: 'Message to the customer', kind: 'textarea', required: true, maxLength: textLength }],
    },
    {
      id: 'approve', label: 'Approve remedy', action: 'approve-remedy', roles: approvers, fourEyes: true,
      allowed: c => c.status === 'AwaitingApproval', submit: 'Approve', done: 'Remedy approved.',
      fields: [{ name: 'note', label: 'Note (optional)', kind: 'textarea', required: false, maxLength: textLength }],
    },
    {
      id: 'reject', label: 'Reject remedy', action: 'reject-remedy', roles: approvers, fourEyes: true,
      allowed: c => c.status === 'AwaitingApproval', submit: 'Reject', done: 'Remedy rejected; back to investigating.',
      fields: [{ name: 'reason', label: 'Reason', kind: 'textarea', required: true, maxLength: textLength }],
    },
  ];

  /**
   * The acts offered to `user` ({name, role}) on `complaint` (the API's complaint), and a note for each act the role
   * and status would allow but a rule about the person does not: the proposer of a remedy never approves it.
   * @returns {{offered: object[], notes: string[]}}
   */
  function actsFor(complaint, user) {
    const role = (user && user.role || '').toLowerCase();
    const offered = [];
    const notes = new Set();
    for (const act of acts) {
      if (!act.roles.includes(role) || !act.allowed(complaint)) continue;
      const proposer = complaint.remedy && complaint.remedy.proposedBy;
      if (act.fourEyes && proposer && user.name && proposer.toLowerCase() === user.name.toLowerCase()) {
        notes.add('You proposed this remedy: another supervisor approves or rejects it.');
        continue;
      }
      offered.push(act);
    }
    return { offered, notes: [...notes] };
  }

  /**
   * The body an act sends: each field as typed, a blank optional one left out (the API would refuse it as empty).
   * @param {object} act one of `acts`
   * @param {(name: string) => string} valueOf the form's value for a field
   */
  function bodyOf(act, valueOf) {
    const body = {};
    for (const field of act.fields) {
      const value = valueOf(field.name);
      if (value === undefined || value === null || (!field.required && value.trim() === '')) continue;
      body[field.name] = value;
    }
    return body;
  }

  /**
   * A refusal as the page shows it: the problem's title and detail, and its field errors (docs/http-api.md: every broken
   * rule, each naming its field). `problem` is the parsed body, or null when the answer was not a problem.
   * @returns {{title: string, detail: string, fieldErrors: {field: string, message: string}[]}}
   */
  function describeProblem(status, statusText, problem) {
    if (!problem || typeof problem !== 'object')
      return { title: `Error ${status}`, detail: statusText || 'The server gave no reason.', fieldErrors: [] };
    const fieldErrors = (Array.isArray(problem.errors) ? problem.errors : [])
      .filter(e => e && e.field)
      .map(e => ({ field: e.field, message: e.message || '' }));
    if (!fieldErrors.length && problem.field && problem.detail) fieldErrors.push({ field: problem.field, message: problem.detail });
    return { title: problem.title || `Error ${status}`, detail: problem.detail || '', fieldErrors };
  }

  return { acts, actsFor, bodyOf, describeProblem };
}));
