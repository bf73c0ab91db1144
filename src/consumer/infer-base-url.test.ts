import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inferBaseUrl } from './infer-base-url.ts';
import { resolveReplayFacts, ReplaySetupError } from './resolve-replay-facts.ts';

test('the provider base URL is what precedes the Booking API path, looking through an SSP prefix', () => {
  assert.equal(inferBaseUrl(['http://127.0.0.1:4000/metadata', 'http://127.0.0.1:4000/Slot?x=1']), 'http://127.0.0.1:4000');
  assert.equal(inferBaseUrl(['https://ssp.example/https://p.example/STU3/1/x/Appointment/a1']), 'https://p.example/STU3/1/x');
  assert.equal(inferBaseUrl(['https://sds.example/lookup', 'https://p.example/b/Slot', 'https://q.example/Slot', 'https://p.example/b/metadata']), 'https://p.example/b');
  assert.equal(inferBaseUrl(['https://sds.example/lookup']), undefined);
});

test('replay facts: nothing guessed for a foreign HAR; a named fixture, identities and flags fill in, later ones winning', () => {
  const foreign = { exchanges: [], urls: ['https://p.example/b/metadata'] };
  const facts = resolveReplayFacts(foreign);
  assert.deepEqual([facts.baseUrl, facts.providerAsid, facts.consumers, facts.serviceIds], ['https://p.example/b', undefined, [], []]);
  const fixture = resolveReplayFacts(foreign, { fixture: 'default' });
  assert.deepEqual([fixture.baseUrl, fixture.providerAsid, fixture.serviceIds], ['https://p.example/b', '900000000001', ['124459850', '2329483525', '0123944122']]);
  const identities = { providerAsid: '918999198738', consumers: [{ asid: '200000000115', odsCode: 'P81001' }], serviceIds: ['1'] };
  const given = resolveReplayFacts(foreign, { fixture: 'default', identities, consumers: [{ asid: '7', odsCode: 'Q' }] });
  assert.deepEqual([given.providerAsid, given.consumers, given.serviceIds], ['918999198738', [{ asid: '7', odsCode: 'Q' }], ['1']]);
  assert.equal(resolveReplayFacts(foreign, { baseUrl: 'https://q.example/', providerAsid: '42' }).baseUrl, 'https://q.example');
  assert.equal(resolveReplayFacts(foreign, { providerAsid: '42' }).providerAsid, '42');
  assert.throws(() => resolveReplayFacts({ exchanges: [], urls: [] }), ReplaySetupError);
  assert.throws(() => resolveReplayFacts(foreign, { fixture: 'nope' }), /Unknown fixture "nope"; known: default, f1/);
});
