import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findConsumerObligation } from './consumer-obligations.ts';
import type { ConsumerObligation } from './consumer-obligations.ts';
import type { JudgedFinding } from './judged-finding.ts';
import { summariseObligation } from './summarise-obligation.ts';

const row = (id: string) => findConsumerObligation(id) as ConsumerObligation;
const f = (obligation: string, outcome: 'pass' | 'fail' | 'warn', interaction?: JudgedFinding['interaction']): JudgedFinding =>
  ({ obligation: obligation as JudgedFinding['obligation'], outcome, message: `${obligation} ${outcome}`, seqs: [1], session: 's', ...(interaction ? { interaction } : {}) });

test('fail beats warn beats pass; a SHOULD obligation only warns', () => {
  assert.equal(summariseObligation([f('SLOT-03', 'pass'), f('SLOT-03', 'warn'), f('SLOT-03', 'fail')], row('SLOT-03'), {}).verdict, 'fail');
  assert.equal(summariseObligation([f('SLOT-03', 'pass'), f('SLOT-03', 'warn')], row('SLOT-03'), {}).verdict, 'warn');
  assert.equal(summariseObligation([f('JWT-25', 'fail')], row('JWT-25'), {}).verdict, 'warn');
  const passed = summariseObligation([f('SLOT-03', 'pass'), f('SLOT-04', 'fail')], row('SLOT-03'), {});
  assert.deepEqual([passed.verdict, passed.passed, passed.deviations], ['pass', 1, []]);
});

test('not exercised is never a pass, and says what traffic is missing', () => {
  assert.deepEqual(summariseObligation([], row('CAN-01'), {}).reason, 'not exercised: the recording has no cancel (PUT Appointment)');
  assert.deepEqual(summariseObligation([], row('JWT-15'), {}, { interaction: 'appointment-read' }).reason, 'not exercised: the recording has no appointment read');
  assert.deepEqual(summariseObligation([], row('JWT-15'), { 'appointment-read': 2 }, { interaction: 'appointment-read' }).reason,
    'not exercised: the recording has no request carrying a decodable bearer token among its appointment reads');
});

test('a composite obligation is decided by its components on its interaction, unless only its own findings are asked for', () => {
  const findings = [f('JWT-15', 'fail', 'appointment-create'), f('JWT-15', 'pass', 'metadata'), f('BOOK-01', 'pass', 'appointment-create')];
  assert.equal(summariseObligation(findings, row('BOOK-01'), {}).verdict, 'fail');
  assert.equal(summariseObligation(findings, row('CAP-10'), {}).verdict, 'pass');
  assert.equal(summariseObligation(findings, row('BOOK-01'), {}, { ownOnly: true }).verdict, 'pass');
  assert.equal(summariseObligation(findings, row('JWT-15'), {}, { interaction: 'metadata' }).verdict, 'pass');
});
