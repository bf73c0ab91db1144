// The admin surface for tests and consumer developers: reset, load a fixture, set the clock,
// change the section-3 switches, read the traffic, and explain why slots were withheld.
// Not part of the FHIR API; it lives under <origin>/_admin/ and answers plain JSON.
import { http } from 'msw';
import { explainSlotSearch } from '../domain/slot-search/explain-slot-search.ts';
import { parseSlotQuery } from '../domain/slot-search/parse-slot-query.ts';
import { mergeProviderConfig } from '../domain/merge-provider-config.ts';
import { isProblem, type Problem } from '../domain/problem.ts';
import { decodeJwt } from '../domain/auth/decode-jwt.ts';
import { odsCodeOf } from '../domain/auth/check-jwt-claims.ts';
import { parseJsonBody } from '../domain/transport/parse-json-body.ts';
import { describeJsonValue } from '../domain/describe-json-value.ts';
import { isFixtureName, FIXTURES } from '../fixtures/fixture-registry.ts';
import { loadProviderText } from '../provider-file/load-provider-file.ts';
import { formatProviderFileProblem, ProviderFileError } from '../provider-file/provider-file-error.ts';
import type { MockProviderState } from '../store/mock-provider-state.ts';
import { problemResponse } from './handle-fhir-request.ts';
import { ADMIN_TOKEN_HEADER, hasAdminToken } from './has-admin-token.ts';
import { trafficDump } from './traffic-dump.ts';

const ADMIN_JSON = { 'Content-Type': 'application/json;charset=utf-8', 'Cache-Control': 'no-store' };

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body, null, 2), { status, headers: ADMIN_JSON });
}

async function readJsonObject(request: Request): Promise<Record<string, unknown> | Problem> {
  const text = await request.text();
  if (text.trim() === '') return {};
  const parsed = parseJsonBody(text);
  if (!parsed.ok) return parsed.problem;
  if (parsed.body && typeof parsed.body === 'object' && !Array.isArray(parsed.body)) return parsed.body as Record<string, unknown>;
  return { code: 'BAD_BODY', diagnostics: 'The admin request body must be a JSON object' };
}


/** A provider file in the body: YAML when the Content-Type says so, JSON otherwise. */
async function readProviderBody(request: Request) {
  const yaml = /yaml/i.test(request.headers.get('content-type') ?? '');
  const label = yaml ? 'request body (YAML)' : 'request body (JSON)';
  try {
    return loadProviderText(await request.text(), label, yaml ? 'yaml' : 'json');
  } catch (error) {
    if (!(error instanceof ProviderFileError)) throw error;
    const problem: Problem = {
      code: 'BAD_BODY',
      diagnostics: `The provider file is refused, nothing was loaded: ${error.problems.map((p) => formatProviderFileProblem(label, p)).join('; ')}`,
      expression: [...new Set(error.problems.map((p) => p.field))],
    };
    return problem;
  }
}

function stateSummary(state: MockProviderState) {
  return {
    baseUrl: state.baseUrl,
    fixture: state.fixtureName,
    provider: { name: state.fixtureName, origin: state.providerOrigin, asid: state.store.providerAsid },
    fixtures: Object.keys(FIXTURES),
    clock: state.clock.state(),
    slots: state.store.slotCount,
    appointments: state.appointments.count(),
    faults: [...state.faults],
    config: state.config,
    traffic: { ...state.traffic.usage(), budget: state.traffic.budget },
  };
}

/** Applies a clock command; returns a problem for anything it does not understand. */
function applyClock(state: MockProviderState, body: Record<string, unknown>): Problem | undefined {
  if (body.reset === true) {
    state.clock.reset();
    return undefined;
  }
  if (typeof body.freeze === 'string') {
    const ms = Date.parse(body.freeze);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(body.freeze) || Number.isNaN(ms)) {
      return { code: 'BAD_BODY', diagnostics: `freeze must be an instant with a zone, got ${JSON.stringify(body.freeze)}`, expression: ['freeze'] };
    }
    state.clock.freeze(ms);
    return undefined;
  }
  if (typeof body.offsetSeconds === 'number' && Number.isFinite(body.offsetSeconds)) {
    state.clock.setOffsetSeconds(body.offsetSeconds);
    return undefined;
  }
  return { code: 'BAD_BODY', diagnostics: 'Send {"freeze":"<instant>"}, {"offsetSeconds":<number>} or {"reset":true}' };
}

/** With an admin token configured, a request without it is refused before any admin handler runs. */
function refuseWithoutToken(state: MockProviderState, request: Request): Response | undefined {
  if (hasAdminToken(state.adminToken, request.headers.get(ADMIN_TOKEN_HEADER))) return undefined;
  return problemResponse(state, request, { code: 'ADMIN_DENIED', diagnostics: `The admin surface of this mock needs its admin token in the ${ADMIN_TOKEN_HEADER} header` });
}

export function adminHandlers(state: MockProviderState) {
  const admin = `${new URL(state.baseUrl).origin}/_admin`;
  return [
    http.all(`${admin}/*`, ({ request }) => refuseWithoutToken(state, request)),
    http.get(`${admin}/state`, () => json(stateSummary(state))),
    http.post(`${admin}/reset`, () => {
      state.reset();
      return json(stateSummary(state));
    }),
    http.post(`${admin}/fixture`, async ({ request }) => {
      const body = await readJsonObject(request);
      if (isProblem(body)) return problemResponse(state, request, body);
      const name = typeof body.name === 'string' ? body.name : describeJsonValue(body.name);
      if (!isFixtureName(name)) return problemResponse(state, request, { code: 'BAD_BODY', diagnostics: `Unknown fixture ${JSON.stringify(name)}; known: ${Object.keys(FIXTURES).join(', ')}`, expression: ['name'] });
      state.loadFixture(name);
      return json(stateSummary(state));
    }),
    // A provider file (YAML with Content-Type application/yaml, or JSON): checked whole, then loaded.
    http.post(`${admin}/provider`, async ({ request }) => {
      const provider = await readProviderBody(request);
      if (isProblem(provider)) return problemResponse(state, request, provider);
      state.loadProvider(provider);
      return json(stateSummary(state));
    }),
    http.get(`${admin}/provider`, () => json(state.providerDocument ?? { name: state.fixtureName, origin: state.providerOrigin })),
    http.post(`${admin}/clock`, async ({ request }) => {
      const body = await readJsonObject(request);
      const problem = isProblem(body) ? body : applyClock(state, body);
      return problem ? problemResponse(state, request, problem) : json(state.clock.state());
    }),
    http.post(`${admin}/config`, async ({ request }) => {
      const body = await readJsonObject(request);
      if (isProblem(body)) return problemResponse(state, request, body);
      const merged = mergeProviderConfig(state.config, body);
      if (!merged.ok) return problemResponse(state, request, merged.problem);
      state.config = merged.config;
      return json(state.config);
    }),
    http.get(`${admin}/chaos`, () => json(state.chaos.list())),
    http.post(`${admin}/chaos`, async ({ request }) => {
      const body = await readJsonObject(request);
      const message = isProblem(body) ? body.diagnostics : state.chaos.add(body);
      return message ? problemResponse(state, request, { code: 'BAD_BODY', diagnostics: message }) : json(state.chaos.list());
    }),
    http.delete(`${admin}/chaos`, () => {
      state.chaos.clear();
      return json([]);
    }),
    http.get(`${admin}/traffic`, () => trafficDump(state.traffic.entries(), ADMIN_JSON)),
    // Live consumer assurance: the consumer (or its tester) says its workflow is finished.
    http.post(`${admin}/done`, () => json({ done: true, exchanges: state.traffic.entries().length })),
    http.delete(`${admin}/traffic`, () => {
      state.traffic.clear();
      return json({ cleared: true });
    }),
    // "Why don't I see slot X?": the same query string as a Slot search, the same Authorization
    // header, optionally &slot=<id>; answers which rule withheld each slot.
    http.get(`${admin}/explain`, ({ request }) => {
      const url = new URL(request.url);
      const onlySlot = url.searchParams.get('slot') ?? undefined;
      const params = [...url.searchParams].filter(([name]) => name !== 'slot');
      const parsed = parseSlotQuery(params, state.config);
      if (!parsed.ok) return problemResponse(state, request, parsed.problem);
      const decoded = decodeJwt(request.headers.get('authorization'), { ...state.config, acceptSignedJws: true });
      const odsCode = url.searchParams.get('ods') ?? (decoded.ok ? odsCodeOf(decoded.token.claims.requesting_organization) : undefined);
      if (!odsCode) return problemResponse(state, request, { code: 'AUTH_MISSING', diagnostics: 'Send the consumer\'s JWT in Authorization (or ?ods=<ODS code>) so the release rules can be explained' });
      const asid = request.headers.get('ssp-from') ?? url.searchParams.get('asid') ?? undefined;
      const consumer = { odsCode, ...(asid ? { asid } : {}) };
      return json(explainSlotSearch(parsed.query, consumer, state.store, state.clock.now(), state.config, state.store.data.slots, onlySlot));
    }),
  ];
}
