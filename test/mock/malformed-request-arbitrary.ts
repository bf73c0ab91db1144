// The malformed requests of the fuzz tests (tokens, query strings, headers, bodies, paths), for a
// mock served at `baseUrl` whose clock stands at `nowMs`. Paths are relative to the FHIR base.
import fc from 'fast-check';
import { buildJwt } from '../../src/jwt/build-jwt.ts';

export interface Malformed {
  readonly method: string;
  /** Relative to the FHIR base, unless `absolute`. */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly absolute?: boolean;
  /** The one right status, where a class has one; otherwise any 4xx with an OperationOutcome. */
  readonly expectStatus?: number;
  /** The request must be refused (a 4xx); without this, a class may also be accepted. */
  readonly refused?: boolean;
}

const SERVICE = '2329483525';
const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 40 });
const b64 = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('')), maxLength: 60 });
const DATE_PREFIXES = ['', 'ge', 'le', 'gt', 'lt', 'eq', 'xx', 'ne'];
const badStart = fc.tuple(fc.constantFrom(...DATE_PREFIXES), printable).map(([prefix, junk]) => `${prefix}2026-1${junk.replace(/[0-9]/g, 'x')}Q`);
const badStatus = printable.filter((s) => !/^(free|busy|busy-unavailable|busy-tentative|entered-in-error)(,(free|busy|busy-unavailable|busy-tentative|entered-in-error))*$/.test(s.trim()));

export function malformedRequestArbitrary(baseUrl: string, nowMs: number): fc.Arbitrary<Malformed> {
  const token = (scope: string) => buildJwt({ audience: baseUrl, scope, nowSec: Math.floor(nowMs / 1000), odsCode: 'A1001' }).authorization ?? '';
  const SLOT_READ = token('organization/slot.read');
  const WRITE = token('patient/appointment.write');
  const SEARCH = `/Slot?schedule.actor%3Ahealthcareservice=${SERVICE}&status=free`;
  // Not a JWT the provider may accept: random text, random segments, or a valid header with junk claims.
  const badAuthorization = fc.oneof(
    printable,
    printable.map((s) => `Bearer ${s}`),
    fc.tuple(b64, b64, b64).map(([a, b, c]) => `Bearer ${a}.${b}.${c}`),
    fc.jsonValue({ maxDepth: 2 }).map((claims) => `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`),
    fc.constant(SLOT_READ.replace(/\.$/, '')),
    fc.constant(`Basic ${Buffer.from('user:pass').toString('base64')}`),
  );
  return fc.oneof(
    badAuthorization.map((authorization) => ({ method: 'GET', path: SEARCH, headers: { authorization } })),
    badStart.map((start) => ({ method: 'GET', path: `${SEARCH}&start=${encodeURIComponent(start)}`, headers: { authorization: SLOT_READ } })),
    badStatus.map((status) => ({ method: 'GET', path: `/Slot?service=${SERVICE}&status=${encodeURIComponent(status)}`, headers: { authorization: SLOT_READ } })),
    fc.constantFrom('application/pdf', 'text/turtle', 'application/fhir+xml;charset=iso-8859-1', 'image/png', 'text/html').map((accept) => ({ method: 'GET', path: SEARCH, headers: { authorization: SLOT_READ, accept } })),
    fc.constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data').map((contentType) => ({
      method: 'POST', path: '/Appointment', headers: { authorization: WRITE, 'content-type': contentType }, body: '{}',
    })),
    printable.map((body) => ({ method: 'POST', path: '/Appointment', headers: { authorization: WRITE, 'content-type': 'application/fhir+json' }, body: `${body}{` })),
    fc.jsonValue({ maxDepth: 3 }).map((value) => ({ method: 'POST', path: '/Appointment', headers: { authorization: WRITE, 'content-type': 'application/fhir+json' }, body: JSON.stringify(value) })),
    fc.jsonValue({ maxDepth: 2 }).map((value) => ({
      method: 'PUT', path: '/Appointment/does-not-exist', headers: { authorization: WRITE, 'content-type': 'application/fhir+json', 'if-match': 'W/"1"' }, body: JSON.stringify(value),
    })),
    fc.constantFrom('DELETE', 'PATCH', 'POST', 'PUT').map((method) => ({ method, path: '/Slot', headers: { authorization: SLOT_READ } })),
    b64.map((segment) => ({ method: 'GET', path: `/Nothing${segment}/x`, headers: { authorization: SLOT_READ } })),
  );
}
