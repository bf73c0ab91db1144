import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTrafficBudget } from './parse-traffic-budget.ts';

test('traffic budget flags: whole numbers of at least 1, unset flags keep the defaults', () => {
  assert.deepEqual(parseTrafficBudget({}), { ok: true, budget: {} });
  assert.deepEqual(parseTrafficBudget({ 'traffic-max-body-bytes': '65536', 'traffic-max-total-bytes': '8388608', 'traffic-max-entries': '500', port: '4000' }),
    { ok: true, budget: { maxBodyBytes: 65_536, maxTotalBytes: 8_388_608, maxEntries: 500 } });
  for (const bad of ['0', '-1', '1.5', '1e6', 'lots', '']) {
    assert.deepEqual(parseTrafficBudget({ 'traffic-max-entries': bad }), { ok: false, message: `--traffic-max-entries must be a whole number of at least 1 (got ${JSON.stringify(bad)})` });
  }
});
