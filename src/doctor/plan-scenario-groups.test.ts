import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveTarget } from '../targets/resolved-target.ts';
import type { TargetConfig } from '../targets/target-config.ts';
import { planScenarioGroups, type GroupOutcome, type ObservedFacts } from './plan-scenario-groups.ts';
import { declaredSkipReason, SCENARIO_GROUPS } from './scenario-requirements.ts';

const MINIMAL: TargetConfig = {
  name: 'Minimal',
  baseUrl: 'https://provider.example/STU3/1/booking',
  providerAsid: '1',
  consumerAsid: '2',
  services: { withFreeSlots: '100' },
  consumers: [{ role: 'primary', odsCode: 'A', name: 'A' }],
};
const FULL: TargetConfig = {
  ...MINIMAL,
  sspPrefix: 'https://ssp.example',
  services: { withFreeSlots: '100', withoutSlots: '101', sharedSchedulePair: ['100', '102'], multiSchedule: '102', withWithheldSlots: '100', withUnrecordedChannel: '103' },
  consumers: [{ role: 'primary', odsCode: 'A', name: 'A' }, { role: 'restricted', odsCode: 'B', name: 'B' }],
  oracle: { schedulesByService: { 100: ['s1'] }, schedulesWithoutDeliveryChannel: ['s3'], hasBusySlots: true },
  search: { emptyWindow: { fromDays: 10, toDays: 11 } },
};
const SEEN: ObservedFacts = { freeSlot: { state: 'found' }, clockRead: true };

function plan(config: TargetConfig, facts: ObservedFacts): Record<string, [GroupOutcome, ...string[]]> {
  return Object.fromEntries(planScenarioGroups(resolveTarget(config, '.'), facts).map((g) => [g.id, [g.outcome, ...g.reasons]]));
}

describe('planScenarioGroups', () => {
  it('runs every group on a target that declares everything', () => {
    const outcomes = Object.values(plan(FULL, SEEN)).map(([outcome]) => outcome);
    assert.deepEqual(outcomes, SCENARIO_GROUPS.map(() => 'runs'));
  });

  it('skips with the drivers\' own reasons what a minimal target does not declare', () => {
    const groups = plan(MINIMAL, SEEN);
    assert.deepEqual(groups['service-mapping'], ['skipped', 'the target declares no services.sharedSchedulePair (needed for "the first service of the shared pair")', 'the target declares no services.sharedSchedulePair (needed for "the second service of the shared pair")']);
    assert.deepEqual(groups['consumer-release'], ['skipped', 'the target declares no services.withWithheldSlots (needed for "a service with withheld slots")', 'the target declares no consumer with role "restricted" (needed for "the restricted consumer")']);
    assert.deepEqual(groups['empty-window'], ['skipped', 'the target declares no search.emptyWindow']);
    assert.deepEqual(groups['delivery-channel'][0], 'skipped');
    assert.deepEqual(groups['ssp-routing'], ['skipped', 'the target declares no sspPrefix, so there is no SSP route to compare with the direct one']);
    assert.deepEqual(groups['slot-status'], ['weaker', 'the target declares no oracle.hasBusySlots, so results cannot be compared with the expected data']);
    assert.deepEqual(groups['unseen-consumer'], ['runs'], 'the unseen consumer always has a default');
    assert.deepEqual(groups['unknown-service'], ['runs'], 'the unknown service always has a default');
  });

  const factTable: readonly [string, TargetConfig, ObservedFacts, string, [GroupOutcome, ...string[]]][] = [
    ['no free slot skips the boundary scenarios', FULL, { ...SEEN, freeSlot: { state: 'none', reason: 'service 100 has no free slot in the next 7 days' } }, 'start-bounds', ['skipped', 'service 100 has no free slot in the next 7 days']],
    ['a failed search leaves them unknown', FULL, { ...SEEN, freeSlot: { state: 'unknown', reason: 'could not look for a free slot of service 100: the search answered 403' } }, 'start-bounds', ['unknown', 'could not look for a free slot of service 100: the search answered 403']],
    ['an unreached target leaves them unknown', FULL, { clockRead: false }, 'start-bounds', ['unknown', 'whether a free slot exists was not checked (the target was not reached)']],
    ['clock skew puts token times at risk', FULL, { ...SEEN, clockRisk: 'the clocks differ by more than 1 s' }, 'jwt-time', ['at-risk', 'the clocks differ by more than 1 s']],
    ['clock skew puts the past window at risk', FULL, { ...SEEN, clockRisk: 'the clocks differ by more than 1 s' }, 'past-window', ['at-risk', 'the clocks differ by more than 1 s']],
    ['a mock with an admin surface pins its clock', { ...FULL, admin: { origin: 'http://127.0.0.1:1' } }, { ...SEEN, clockRisk: 'the clocks differ by more than 1 s' }, 'jwt-time', ['runs']],
    ['an unread clock is unknown', FULL, { freeSlot: { state: 'found' }, clockRead: false }, 'jwt-time', ['unknown', 'the provider\'s clock was not read (the target was not reached)']],
    ['a skip outranks a risk', { ...FULL, services: { withFreeSlots: '100' } }, { ...SEEN, freeSlot: { state: 'none', reason: 'no free slot' } }, 'start-bounds', ['skipped', 'no free slot']],
  ];
  for (const [name, config, facts, group, expected] of factTable) {
    it(name, () => {
      assert.deepEqual(plan(config, facts)[group], expected);
    });
  }
});

describe('declaredSkipReason', () => {
  it('leaves what only the target can tell to the doctor', () => {
    const target = resolveTarget(MINIMAL, '.');
    assert.equal(declaredSkipReason(target, { kind: 'free-slot' }), undefined);
    assert.equal(declaredSkipReason(target, { kind: 'provider-clock' }), undefined);
    assert.equal(declaredSkipReason(target, { kind: 'oracle', fact: 'hasBusySlots', without: 'weaker' }), undefined);
  });
});
