// The provider World's check exchanges: a check goes out in the scenario's consumer and token, and
// an exchange counts as asserted on only when a step takes it explicitly, so the After hook fails a
// passing scenario that left one of its requests unjudged.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EvidenceLog } from '../../src/client/evidence-log.ts';
import type { AnsweredExchange } from '../../src/client/exchange.ts';
import type { RequestSpec } from '../../src/client/target-client.ts';
import { TokenState } from '../../src/drivers/token-state.ts';
import { HarnessDefect } from '../../src/verdict/harness-defect.ts';
import { ScenarioSkipped } from '../../src/verdict/scenario-skipped.ts';
import { ScenarioExchanges, type ExchangeContext } from '../../steps/support/scenario-exchanges.ts';

function harness(options: { readonly sspPrefix?: string } = {}) {
  const evidence = new EvidenceLog();
  const sent: RequestSpec[] = [];
  const send = async (request: RequestSpec): Promise<AnsweredExchange> => {
    sent.push(request);
    const exchange: AnsweredExchange = {
      id: evidence.nextId(),
      purpose: request.purpose,
      label: request.label,
      startedAt: '2026-03-16T09:00:00.000Z',
      durationMs: 1,
      request: { method: request.method, url: `http://p${request.path}`, headers: {} },
      response: { status: 200, statusText: 'OK', headers: {}, bodyText: '', wireBytes: 0, utf8: true },
    };
    evidence.add(exchange);
    return exchange;
  };
  const context = {
    target: { config: options, policy: { auth: { clockSkewSeconds: 30 } } },
    client: { send },
    cleanup: {},
    consumer: { name: 'primary' },
    tokens: new TokenState(),
    nowMs: () => 1_000_500,
  } as unknown as ExchangeContext;
  return { exchanges: new ScenarioExchanges(context, evidence), sent };
}

const metadata = (label: string) => ({ interaction: 'metadata' as const, method: 'GET', path: '/metadata', label });

describe('ScenarioExchanges', () => {
  it('sends a check in the scenario\'s consumer, with its token timed by the run\'s clock', async () => {
    const { exchanges, sent } = harness();
    await exchanges.check(metadata('metadata'));
    assert.equal(sent[0].purpose, 'check');
    assert.deepEqual(sent[0].consumer, { name: 'primary' });
    assert.deepEqual(sent[0].token, { defect: 'none', practitioner: 'present', nowSec: 1000 });
  });

  it('fails the After check on every exchange no step took, and passes once each was taken', async () => {
    const { exchanges } = harness();
    await exchanges.check(metadata('first'));
    await exchanges.check(metadata('second'));
    await exchanges.check(metadata('third'));
    assert.throws(() => exchanges.verifyEveryExchangeAsserted(), (error: unknown) => error instanceof HarnessDefect && error.code === 'HARNESS_UNASSERTED_EXCHANGE' && /first.*second.*third/.test(error.message));
    assert.equal(exchanges.lastResponse().label, 'third');
    assert.equal(exchanges.responseLabelled('first').label, 'first');
    assert.throws(() => exchanges.verifyEveryExchangeAsserted(), /second/);
    exchanges.recordBatch(2);
    assert.deepEqual(exchanges.lastBatch().map((x) => x.label), ['second', 'third']);
    exchanges.verifyEveryExchangeAsserted();
  });

  it('calls asking for more responses than were sent, or an unknown label, a harness defect', async () => {
    const { exchanges } = harness();
    await exchanges.check(metadata('only'));
    assert.throws(() => exchanges.lastTwoResponses(), (error: unknown) => error instanceof HarnessDefect && error.code === 'HARNESS_NO_EXCHANGE');
    assert.throws(() => exchanges.responseLabelled('missing'), (error: unknown) => error instanceof HarnessDefect && error.code === 'HARNESS_NO_EXCHANGE');
  });

  it('skips the SSP route on a target that declares no SSP prefix', () => {
    assert.throws(() => harness().exchanges.requireRoute('ssp'), ScenarioSkipped);
    assert.equal(harness({ sspPrefix: '/ssp' }).exchanges.requireRoute('ssp'), 'ssp');
    assert.equal(harness().exchanges.requireRoute('direct'), 'direct');
  });
});
