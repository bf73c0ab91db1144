import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AnsweredExchange } from '../client/exchange.ts';
import { checkClockOffset } from './check-clock-offset.ts';

function dated(date: string | undefined, durationMs = 20): AnsweredExchange {
  return {
    id: 'x1', purpose: 'setup', label: 'metadata', startedAt: '2026-03-16T10:00:00.000Z', durationMs,
    request: { method: 'GET', url: 'https://p.example/metadata', headers: {} },
    response: { status: 200, statusText: 'OK', headers: date === undefined ? {} : { date }, bodyText: '', wireBytes: 0, utf8: true },
  };
}

const AT_RISK = 'time-boundary tests (JWT-11, JWT-12, SLOT-18) may be marked inconclusive';

describe('checkClockOffset', () => {
  it('is ok when the clocks agree', () => {
    const { check, risk } = checkClockOffset(dated('Mon, 16 Mar 2026 10:00:00 GMT'), false);
    assert.deepEqual([check.status, check.detail, risk], ['ok', 'provider clock +0.5 s (±0.5 s) from this machine\'s (Date: Mon, 16 Mar 2026 10:00:00 GMT)', undefined]);
  });

  it('warns, with an NTP remedy, when the provider is 10 s ahead', () => {
    const { check, risk, estimate } = checkClockOffset(dated('Mon, 16 Mar 2026 10:00:10 GMT'), false);
    assert.equal(check.status, 'warn');
    assert.equal(risk, `the clocks differ by more than 1 s, so ${AT_RISK}`);
    assert.equal(check.detail, `provider clock +10.5 s (±0.5 s) from this machine's (Date: Mon, 16 Mar 2026 10:00:10 GMT): ${risk}`);
    assert.match(check.remedy ?? '', /^Synchronise this machine with NTP/);
    assert.deepEqual(check.obligations, ['JWT-13']);
    assert.equal(estimate?.verdict, 'beyond');
  });

  it('warns when the exchange was too slow to tell', () => {
    const { check, risk } = checkClockOffset(dated('Mon, 16 Mar 2026 10:00:01 GMT', 3_000), false);
    assert.equal(check.status, 'warn');
    assert.equal(risk, `the exchange took 3000 ms, too long to tell the offset within 1 s, so ${AT_RISK}`);
  });

  it('warns when there is no Date header', () => {
    const { check, risk } = checkClockOffset(dated(undefined), false);
    assert.deepEqual([check.status, check.detail, risk], ['warn', `the provider sends no usable Date header, so ${AT_RISK}`, `the provider sends no usable Date header, so ${AT_RISK}`]);
  });

  it('puts nothing at risk on a mock whose clock is pinned through its admin surface', () => {
    const skewed = checkClockOffset(dated('Mon, 16 Mar 2026 10:00:10 GMT'), true);
    assert.deepEqual([skewed.check.status, skewed.risk], ['ok', undefined]);
    assert.match(skewed.check.detail, /; the mock's clock is pinned through target\.admin$/);
    assert.deepEqual([checkClockOffset(dated(undefined), true).check.status, checkClockOffset(dated(undefined), true).risk], ['ok', undefined]);
  });
});
