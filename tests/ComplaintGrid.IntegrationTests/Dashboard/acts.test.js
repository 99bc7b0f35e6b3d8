// The drill-down's acts table (dashboard wwwroot/acts.js) in node: which acts each role is offered in each status, the
// body an act sends, and how a refusal is read. Run by ActsModuleTests with `node --test`.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { acts, actsFor, bodyOf, describeProblem } = require(path.resolve(__dirname, '../../../dashboard/ComplaintGrid.Dashboard/wwwroot/acts.js'));

const statuses = ['Received', 'Acknowledged', 'Assessed', 'Assigned', 'Investigating', 'RemedyProposed', 'AwaitingApproval',
  'Implementing', 'Resolved', 'Reopened', 'OnHold', 'Closed'];
const offered = (status, role, extra = {}) => actsFor({ status, ...extra }, { name: 'me', role }).offered.map(a => a.id);

test('a lead is offered nothing, in any status', () => {
  for (const status of statuses) assert.deepEqual(offered(status, 'lead'), [], status);
});

test('an agent works a complaint as the lifecycle allows, and never approves or rejects', () => {
  assert.deepEqual(offered('Received', 'agent'), ['escalate']);
  assert.deepEqual(offered('Assigned', 'agent'), ['assign', 'hand-off', 'escalate', 'inform']);
  assert.deepEqual(offered('Investigating', 'agent'), ['hand-off', 'escalate', 'inform']);
  assert.deepEqual(offered('AwaitingApproval', 'agent'), ['escalate', 'inform']);
  assert.deepEqual(offered('OnHold', 'agent'), ['escalate', 'inform']);
  assert.deepEqual(offered('Closed', 'agent'), []);
});

test('a supervisor also approves and rejects a remedy awaiting approval, unless they proposed it', () => {
  assert.deepEqual(offered('AwaitingApproval', 'supervisor'), ['escalate', 'inform', 'approve', 'reject']);
  assert.deepEqual(offered('Implementing', 'supervisor'), ['escalate', 'inform']);
  const own = actsFor({ status: 'AwaitingApproval', remedy: { proposedBy: 'Sup-Sam' } }, { name: 'sup-sam', role: 'supervisor' });
  assert.deepEqual(own.offered.map(a => a.id), ['escalate', 'inform']);
  assert.deepEqual(own.notes, ['You proposed this remedy: another supervisor approves or rejects it.']);
  assert.deepEqual(offered('AwaitingApproval', 'supervisor', { remedy: { proposedBy: 'agent-ana' } }), ['escalate', 'inform', 'approve', 'reject']);
});

test('no act sends an actor: the API acts as the signed-in user', () => {
  for (const act of acts)
    for (const field of act.fields) assert.ok(!['actor', 'supervisor', 'requestedBy', 'onBehalfOf'].includes(field.name), `${act.id}.${field.name}`);
});

test('a body carries each field as typed and leaves out a blank optional one', () => {
  const approve = acts.find(a => a.id === 'approve');
  assert.deepEqual(bodyOf(approve, () => '  '), {});
  assert.deepEqual(bodyOf(approve, () => 'Within policy.'), { note: 'Within policy.' });
  const handOff = acts.find(a => a.id === 'hand-off');
  assert.deepEqual(bodyOf(handOff, name => ({ toDepartmentId: 'finance', reason: '' })[name]), { toDepartmentId: 'finance', reason: '' });
});

test('a refusal is read as its title, detail and field errors', () => {
  const problem = describeProblem(400, 'Bad Request', {
    title: 'The request broke a rule', detail: 'ownerAgentId must be 1–64 characters. reason is required.',
    errors: [{ code: 'field.invalid_identifier', field: 'ownerAgentId', message: 'ownerAgentId must be 1–64 characters.' },
      { code: 'field.required', field: 'reason', message: 'reason is required.' }],
  });
  assert.equal(problem.title, 'The request broke a rule');
  assert.deepEqual(problem.fieldErrors.map(e => e.field), ['ownerAgentId', 'reason']);
  assert.deepEqual(describeProblem(403, 'Forbidden', { title: 'Not allowed for your role', detail: 'Not for your role.', field: null, errors: [{ field: null, message: 'Not for your role.' }] }),
    { title: 'Not allowed for your role', detail: 'Not for your role.', fieldErrors: [] });
  assert.deepEqual(describeProblem(502, 'Bad Gateway', null), { title: 'Error 502', detail: 'Bad Gateway', fieldErrors: [] });
});
