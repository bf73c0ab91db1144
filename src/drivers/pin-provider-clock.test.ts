import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTransport } from '../client/create-transport.ts';
import { EvidenceLog } from '../client/evidence-log.ts';
import { TargetClient } from '../client/target-client.ts';
import { resolveTarget, type ResolvedTarget } from '../targets/resolved-target.ts';
import { startEmbeddedTarget, type EmbeddedTarget } from '../targets/start-embedded-target.ts';
import type { TargetConfig } from '../targets/target-config.ts';
import { CleanupStack } from './cleanup-stack.ts';
import type { DriverContext } from './driver-context.ts';
import { readMockAdmin } from './mock-admin.ts';
import { pinProviderClock, restoreClockCommand } from './pin-provider-clock.ts';

describe('restoreClockCommand', () => {
  const cases: readonly [string, unknown, Record<string, unknown>][] = [
    ['a frozen clock', { clock: { mode: 'frozen', now: '2026-03-16T00:30:00.000Z', offsetSeconds: 0 } }, { freeze: '2026-03-16T00:30:00.000Z' }],
    ['an offset clock', { clock: { mode: 'offset', now: '2026-03-16T01:30:00.000Z', offsetSeconds: 3600 } }, { offsetSeconds: 3600 }],
    ['the real clock', { clock: { mode: 'real', now: '2026-03-16T00:30:00.000Z', offsetSeconds: 0 } }, { reset: true }],
    ['an answer without a clock', { slots: 3 }, { reset: true }],
    ['a frozen clock without its instant', { clock: { mode: 'frozen' } }, { reset: true }],
    ['no object at all', 'frozen', { reset: true }],
  ];
  for (const [name, state, command] of cases) {
    it(`puts back ${name} with ${JSON.stringify(command)}`, () => {
      assert.deepEqual(restoreClockCommand(state), command);
    });
  }
});

describe('pinProviderClock on a mock frozen for the whole run', () => {
  const FROZEN_MS = Date.parse('2026-03-16T00:30:00.250Z');
  const transport = createTransport();
  let embedded: EmbeddedTarget;
  before(async () => {
    embedded = await startEmbeddedTarget({ nowMs: FROZEN_MS });
  });
  after(async () => {
    transport.close();
    await embedded.close();
  });

  function context(target: ResolvedTarget): DriverContext {
    return { target, client: new TargetClient({ target, transport, log: new EvidenceLog(), record: () => undefined }), cleanup: new CleanupStack(), consumer: target.config.consumers[0], nowMs: () => FROZEN_MS };
  }

  it('freezes on the second and puts the run\'s instant back afterwards, not the real clock', async () => {
    const ctx = context(embedded.target);
    const admin = embedded.target.config.admin?.origin ?? '';
    assert.equal(await pinProviderClock(ctx), Math.floor(FROZEN_MS / 1000));
    assert.deepEqual((await readMockAdmin(ctx, admin, '/state', 'read') as { clock: unknown }).clock, { mode: 'frozen', now: '2026-03-16T00:30:00.000Z', offsetSeconds: 0 });
    assert.deepEqual(await ctx.cleanup.drain(), []);
    assert.deepEqual((await readMockAdmin(ctx, admin, '/state', 'read') as { clock: unknown }).clock, { mode: 'frozen', now: '2026-03-16T00:30:00.250Z', offsetSeconds: 0 });
  });
});

describe('pinProviderClock on a target without a mock admin', () => {
  let server: Server;
  const transport = createTransport();
  let date: string | undefined;

  before(async () => {
    server = createServer((_req, res) => {
      res.sendDate = false;
      res.writeHead(200, date === undefined ? {} : { Date: date });
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  after(() => {
    transport.close();
    server.closeAllConnections();
    server.close();
  });

  function context(): DriverContext {
    const config: TargetConfig = {
      name: 'live',
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/STU3/1/x`,
      providerAsid: '1',
      consumerAsid: '2',
      services: { withFreeSlots: '1' },
      consumers: [{ role: 'primary', odsCode: 'A', name: 'A' }],
    };
    const target = resolveTarget(config, '.');
    return { target, client: new TargetClient({ target, transport, log: new EvidenceLog(), record: () => undefined }), cleanup: new CleanupStack(), consumer: config.consumers[0], nowMs: () => Date.now() };
  }

  it('reads the provider\'s now from its Date header, whatever our own clock says (JWT-13)', async () => {
    date = 'Mon, 16 Mar 2026 09:00:00 GMT';
    const nowSec = await pinProviderClock(context());
    assert.ok(nowSec >= 1773651600 && nowSec <= 1773651601, String(nowSec));
  });

  it('is inconclusive when the provider sends no Date header', async () => {
    date = undefined;
    await assert.rejects(pinProviderClock(context()), { code: 'INCONCLUSIVE_CLOCK_SKEW', reason: 'the provider sends no usable Date header, so token times cannot be set by its clock' });
  });
});
