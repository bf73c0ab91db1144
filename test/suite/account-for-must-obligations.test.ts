import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ObligationRow } from '../../spec/parse-obligations-catalogue.ts';
import type { ScenarioOutcome } from '../../src/run-model/scenario-outcome.ts';
import { accountForMustObligations } from './account-for-must-obligations.ts';

const row = (id: string, actor: string, level: string): ObligationRow => ({ id, actor, level, section: 's', title: 't', source: 'UEC' });
const CATALOGUE = [
  row('SLOT-15', 'Provider', 'MUST'),
  row('SLOT-16', 'Provider', 'MUST'),
  row('HTTP-13', 'Both', 'MUST'),
  row('HTTP-07', 'Both', 'MUST'),
  row('SLOT-28', 'Provider', 'SHOULD (PAT: must)'),
  row('SLOT-03', 'Consumer', 'MUST'),
  row('BOOK-16', 'Provider', 'MUST'),
];
const tagged = (obligations: readonly string[]) => ({ obligations }) as ScenarioOutcome;
const RESULTS = [tagged(['SLOT-15', 'SLOT-28']), tagged(['SLOT-16', 'SLOT-03']), tagged(['HTTP-13']), tagged(['HTTP-07'])];

describe('accountForMustObligations', () => {
  it('checks the provider MUSTs that carry a scenario, and finds those with neither a fault nor a reason', () => {
    const faults = { 'le-exclusive': { obligations: ['SLOT-15'] }, 'duplicate-included-schedule': { obligations: ['SLOT-28'] }, 'double-book': { obligations: ['BOOK-16'] } };
    assert.deepEqual(accountForMustObligations(CATALOGUE, RESULTS, faults, { 'HTTP-13': 'plain HTTP' }), {
      checked: ['SLOT-15', 'SLOT-16', 'HTTP-13', 'HTTP-07'],
      unaccounted: ['SLOT-16', 'HTTP-07'],
      listedButFaulted: [],
      listedNeedlessly: [],
    });
  });

  it('flags a reason kept for an obligation a fault now breaks, or that no scenario checks', () => {
    const faults = { 'no-hsts': { obligations: ['HTTP-13'] } };
    const accounting = accountForMustObligations(CATALOGUE, RESULTS, faults, { 'HTTP-13': 'plain HTTP', 'BOOK-16': 'later', 'SLOT-03': 'consumer' });
    assert.deepEqual(accounting.listedButFaulted, ['HTTP-13']);
    assert.deepEqual(accounting.listedNeedlessly, ['BOOK-16', 'SLOT-03']);
  });
});
