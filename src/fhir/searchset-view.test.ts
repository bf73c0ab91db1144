import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fakeExchange } from '../assertions/fake-exchange.ts';
import { readSearchset, referenceKey, searchsetObligations } from './searchset-view.ts';

describe('referenceKey', () => {
  const table: readonly [unknown, string | undefined][] = [
    ['Schedule/schedule-1', 'Schedule/schedule-1'],
    ['https://p.example/STU3/1/x/Schedule/schedule-1', 'Schedule/schedule-1'],
    ['https://p.example/STU3/1/x/Appointment/a.B-9/_history/2', 'Appointment/a.B-9'],
    ['#slot1', undefined],
    ['schedule-1', undefined],
    [42, undefined],
  ];
  for (const [reference, key] of table) {
    it(`${String(reference)} → ${String(key)}`, () => assert.equal(referenceKey(reference), key));
  }
});

describe('searchsetObligations', () => {
  const table: readonly [readonly string[], readonly string[]][] = [
    [[], ['SLOT-25']],
    [['JWT-19'], ['SLOT-25', 'JWT-19']],
    [['SLOT-16', 'TIME-03'], ['SLOT-25', 'SLOT-16', 'TIME-03']],
    [['SLOT-28', 'SLOT-25'], ['SLOT-25', 'SLOT-28']],
  ];
  for (const [scenario, named] of table) {
    it(`${scenario.join(', ') || 'none'} → ${named.join(', ')}`, () => assert.deepEqual(searchsetObligations(scenario), named));
  }
  it('is what readSearchset names when the answer is no Bundle', () => {
    const refusal = fakeExchange({ status: 400, body: { resourceType: 'OperationOutcome', id: 'o1', issue: [] } });
    assert.throws(() => readSearchset(refusal, searchsetObligations(['SLOT-21'])), { code: 'WRONG_RESOURCE_TYPE', obligations: ['SLOT-25', 'SLOT-21'], actual: 'resourceType OperationOutcome' });
  });
});
