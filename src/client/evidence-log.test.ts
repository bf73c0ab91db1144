import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EvidenceLog } from './evidence-log.ts';
import type { Exchange } from './exchange.ts';

function exchange(id: string, purpose: Exchange['purpose'], answered = true): Exchange {
  return {
    id,
    purpose,
    label: id,
    startedAt: '2026-03-16T09:00:00.000Z',
    durationMs: 1,
    request: { method: 'GET', url: 'http://p/Slot', headers: {} },
    ...(answered ? { response: { status: 200, statusText: 'OK', headers: {}, bodyText: '', wireBytes: 0, utf8: true } } : { failure: { kind: 'reset' as const, message: 'reset' } }),
  };
}

describe('EvidenceLog', () => {
  it('hands out run-unique ids in sequence', () => {
    const log = new EvidenceLog();
    const first = log.nextId();
    log.add(exchange(first, 'check'));
    assert.match(first, /^x[0-9a-f]{6}-1$/);
    assert.equal(log.nextId(), first.replace(/-1$/, '-2'));
  });

  it('lists answered check exchanges nobody asserted on', () => {
    const log = new EvidenceLog();
    const a = exchange('a', 'check');
    const b = exchange('b', 'check');
    log.add(a);
    log.add(exchange('setup', 'setup'));
    log.add(b);
    log.add(exchange('failed', 'check', false));
    log.markAsserted(a);
    assert.deepEqual(log.unasserted().map((x) => x.id), ['b']);
    assert.equal(log.lastCheck()?.id, 'failed');
  });
});
