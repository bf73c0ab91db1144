import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compileProvider } from './compile-provider.ts';
import { parseProviderFile } from './parse-provider-file.ts';

const EXAMPLE = readFileSync(new URL('../../examples/trumpton.provider.yaml', import.meta.url), 'utf8');

function compiled(text = EXAMPLE, nowMs = Date.parse('2026-03-13T12:00:00Z')) {
  const parsed = parseProviderFile(text, 'yaml');
  assert.ok(parsed.ok);
  return compileProvider(parsed.document, nowMs);
}

test('the issue example compiles: services, mapping rows with their source, the provider organisation', () => {
  const data = compiled();
  assert.equal(data.name, 'Trumpton Urgent Care Services');
  assert.equal(data.providerAsid, '918999198738');
  assert.deepEqual(data.healthcareServices.map((s) => [s.dosId, s.id]), [['124459850', 'hs-124459850'], ['2329483525', 'hs-2329483525'], ['0123944122', 'hs-0123944122']]);
  assert.deepEqual(data.mapping.map((m) => `${m.source} ${m.dosId}→${m.scheduleId}`), [
    'mapping[0] 124459850→schedule-1', 'mapping[1] 2329483525→schedule-1', 'mapping[2] 2329483525→schedule-2',
    'mapping[3] 0123944122→schedule-2', 'mapping[4] 0123944122→schedule-3',
  ]);
  assert.deepEqual(data.organizations, [{ id: 'org-rtr', odsCode: 'RTR', name: 'Trumpton Urgent Care Services' }]);
  assert.deepEqual(data.consumers, [{ odsCode: 'A1001', name: 'Northfield 111 Service', asid: '900000000101' }]);
});

test('diaries: weekday slots Mon to Fri 08:00 to 17:45 local, weekend 09:00 to 12:50; listed slots as written', () => {
  const data = compiled();
  const weekday = data.slots.filter((s) => s.scheduleId === 'schedule-1');
  const weekend = data.slots.filter((s) => s.scheduleId === 'schedule-2');
  // Friday afternoon, then Monday and the rest of the week up to now + 7 days.
  assert.equal(weekday[0].start, '2026-03-13T12:15:00.000+00:00');
  assert.equal(weekday.filter((s) => s.start.startsWith('2026-03-16')).length, 40);
  assert.equal(weekend.filter((s) => s.start.startsWith('2026-03-14')).length, 24);
  assert.equal(weekend[0].id, 'schedule-2-20260314-0900');
  const listed = data.slots.filter((s) => s.scheduleId === 'schedule-3');
  assert.deepEqual(listed.map((s) => [s.id, s.start, s.status]), [
    ['schedule-3-20260316-0900', '2026-03-16T09:00:00.000+00:00', 'free'],
    ['schedule-3-20260316-0915', '2026-03-16T09:15:00.000+00:00', 'busy'],
  ]);
  assert.equal(new Set(data.slots.map((s) => s.identifier)).size, data.slots.length);
});

test('release rules keep their source: whole schedule, slot pattern, one slot', () => {
  const text = EXAMPLE
    .replace('  - { odsCode: A1001, asid: "900000000101", name: Northfield 111 Service }', '  - { odsCode: A1001, asid: "900000000101", name: Northfield 111 Service }\n  - { odsCode: B2002, asid: "900000000202" }')
    .replace('  - { schedule: schedule-3, to: [{ odsCode: A1001 }] }', [
      '  - { schedule: schedule-3, to: [{ odsCode: A1001 }] }',
      '  - { schedule: schedule-1, slots: { every: 2 }, to: [{ asid: "900000000202" }] }',
      '  - { slot: schedule-3-20260316-0915, to: [{ odsCode: B2002 }] }',
    ].join('\n'));
  const data = compiled(text);
  assert.deepEqual(data.schedules.find((s) => s.id === 'schedule-3')?.release, { odsCodes: ['A1001'], source: 'release[0]' });
  const weekday = data.slots.filter((s) => s.scheduleId === 'schedule-1');
  assert.deepEqual(weekday.slice(0, 3).map((s) => s.release?.source ?? '-'), ['-', 'release[1]', '-']);
  assert.deepEqual(data.slots.find((s) => s.id === 'schedule-3-20260316-0915')?.release, { odsCodes: ['B2002'], source: 'release[2]' });
});
