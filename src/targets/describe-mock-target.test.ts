import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeMockTarget } from './describe-mock-target.ts';
import { validateTargetConfig } from './validate-target-config.ts';
import { resolveTarget } from './resolved-target.ts';

describe('describeMockTarget', () => {
  const config = describeMockTarget({ baseUrl: 'http://127.0.0.1:4000/STU3/1/careconnect/booking' });
  it('is a valid target file (the built-in target obeys the same schema as a supplier\'s)', () => {
    assert.deepEqual(validateTargetConfig(config, '.'), []);
  });
  it('routes through the mock\'s SSP-style prefix and exposes its admin origin', () => {
    assert.equal(config.sspPrefix, 'http://127.0.0.1:4000');
    assert.deepEqual(config.admin, { origin: 'http://127.0.0.1:4000' });
  });
  it('declares the default fixture\'s consumers and shared schedules', () => {
    const target = resolveTarget(config, '.');
    assert.deepEqual([target.consumer('primary')?.odsCode, target.consumer('restricted')?.odsCode], ['A1001', 'B2002']);
    assert.deepEqual(config.services.sharedSchedulePair, ['124459850', '2329483525']);
    assert.deepEqual(config.oracle?.schedulesByService?.['2329483525'], ['schedule-1', 'schedule-2']);
  });
});
