import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeMockTarget } from '../targets/describe-mock-target.ts';
import { resolveTarget } from '../targets/resolved-target.ts';
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import { createTransport } from './create-transport.ts';
import { EvidenceLog } from './evidence-log.ts';
import type { Exchange } from './exchange.ts';
import { TargetClient } from './target-client.ts';

describe('TargetClient', () => {
  let server: Server;
  let origin: string;
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  const transport = createTransport();

  before(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      if (req.url?.endsWith('/reset')) return req.socket.destroy();
      res.writeHead(200, { 'Content-Type': 'application/fhir+json;charset=utf-8' });
      res.end('{"resourceType":"CapabilityStatement"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    transport.close();
    server.closeAllConnections();
    server.close();
  });

  function client(recorded: Exchange[]) {
    const target = resolveTarget(describeMockTarget({ baseUrl: `${origin}/STU3/1/x` }), '.');
    return { target, client: new TargetClient({ target, transport, log: new EvidenceLog(), record: (x) => { recorded.push(x); }, nowMs: () => Date.parse('2026-03-16T09:00:00Z') }) };
  }

  it('sends the standard envelope through the SSP and records the decoded token', async () => {
    const recorded: Exchange[] = [];
    const { target, client: c } = client(recorded);
    const consumer = target.consumer('restricted');
    assert.ok(consumer);
    const exchange = await c.send({ interaction: 'metadata', method: 'GET', path: '/metadata', purpose: 'check', label: 'metadata', consumer });
    const request = seen.at(-1);
    assert.equal(request?.url, `/${origin}/STU3/1/x/metadata`);
    assert.equal(request?.headers['ssp-interactionid'], 'urn:nhs:names:services:careconnect:fhir:rest:read:metadata');
    assert.equal(request?.headers['ssp-from'], '900000000202');
    assert.equal(request?.headers['ssp-to'], '900000000001');
    assert.equal(request?.headers.accept, 'application/fhir+json;charset=utf-8');
    assert.match(String(request?.headers.authorization), /^Bearer [\w-]+\.[\w-]+\.$/);
    const claims = exchange.token?.claims as Record<string, unknown>;
    assert.equal(claims.aud, `${origin}/STU3/1/x`);
    assert.equal(claims.requested_scope, 'organization/slot.read');
    assert.equal(claims.iat, 1773651600);
    assert.deepEqual((claims.requesting_organization as { identifier: { value: string }[] }).identifier[0].value, 'B2002');
    assert.deepEqual(recorded, [exchange]);
  });

  it('goes direct when asked, and drops a header set to null', async () => {
    const { target, client: c } = client([]);
    await c.send({ interaction: 'slot-search', method: 'GET', path: '/Slot', purpose: 'check', label: 'x', consumer: target.config.consumers[0], route: 'direct', headers: { Accept: null } });
    assert.equal(seen.at(-1)?.url, '/STU3/1/x/Slot');
    assert.equal(seen.at(-1)?.headers.accept, undefined);
  });

  it('records a reset and stops the scenario as inconclusive', async () => {
    const recorded: Exchange[] = [];
    const { target, client: c } = client(recorded);
    const error = await c.send({ interaction: 'metadata', method: 'GET', path: '/reset', purpose: 'check', label: 'x', consumer: target.config.consumers[0] }).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof InconclusiveError);
    assert.equal(error.code, 'INCONCLUSIVE_NETWORK');
    assert.equal(error.exchangeId, recorded[0].id);
    assert.equal(recorded[0].failure?.kind, 'reset');
  });
});
