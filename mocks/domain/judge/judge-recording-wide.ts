// Rules that look across every session of a recording. SSP-02: an Ssp-TraceID is unique per request
// (SHOULD: reuse warns) and MUST NOT be shared between patients or consumer systems (fails); a
// resend of the same request (same X-Request-ID) may keep it. JWT-20: the practitioner names the
// real logged-on user; one id behind many patients' bookings, or a generic id, looks like a fixed
// system user (warn, as the catalogue asks).
import { isRecord } from '../booking/fhir-primitives.ts';
import { finding } from './finding.ts';
import type { JudgedRequest } from './judge-retries.ts';
import type { JudgedFinding } from './judged-finding.ts';

export interface SessionRequest extends JudgedRequest {
  readonly session: string;
}

/** JWT-20: bookings for this many different patients under one user id look like a fixed user. */
export const FIXED_USER_PATIENTS = 3;
const GENERIC_USER = /^(system|admin(istrator)?|service|default|generic|test|unknown|unk|anonymous|111)([-_ ]?user)?$/i;

function judgeTraceIds(requests: readonly SessionRequest[]): JudgedFinding[] {
  const byTrace = Map.groupBy(requests.filter((r) => r.facts.traceId !== null), (r) => r.facts.traceId as string);
  return [...byTrace.entries()].flatMap(([traceId, users]) => {
    // A resend of one request (same X-Request-ID) counts once.
    const ids = new Set<string>();
    const distinct = users.filter((r) => {
      const id = r.facts.xRequestId;
      if (id === null) return true;
      const first = !ids.has(id);
      ids.add(id);
      return first;
    });
    if (distinct.length < 2) return [];
    const seqs = distinct.map((r) => r.view.seq);
    const sessions = new Set(distinct.map((r) => r.session));
    const patients = new Set(distinct.map((r) => r.facts.patientKey).filter((p) => p !== undefined));
    const shared = sessions.size > 1 || patients.size > 1;
    const judged = shared
      ? finding('SSP-02', 'fail', `Ssp-TraceID ${traceId} is shared by ${sessions.size > 1 ? 'consumer sessions' : 'bookings for different patients'} (#${seqs.join(', #')}); it must be unique per patient call`, traceId)
      : finding('SSP-02', 'warn', `Ssp-TraceID ${traceId} is reused on ${distinct.length} requests (#${seqs.join(', #')}); it should be unique per request`, traceId);
    return [{ ...judged, seqs, session: distinct[0].session, interaction: distinct[distinct.length - 1].view.interaction }];
  });
}

function userOf(request: JudgedRequest): string | undefined {
  const claims = request.facts.claims;
  const practitioner = claims?.requesting_practitioner;
  const id = isRecord(practitioner) ? practitioner.id : claims?.sub;
  return typeof id === 'string' ? id : undefined;
}

function judgeFixedUser(requests: readonly SessionRequest[]): JudgedFinding[] {
  const generic = requests.filter((r) => GENERIC_USER.test(userOf(r) ?? ''));
  const out: JudgedFinding[] = generic.length === 0 ? [] : [{
    ...finding('JWT-20', 'warn', `the user id ${JSON.stringify(userOf(generic[0]))} looks like a generic system user; name the real logged-on user`, userOf(generic[0])),
    seqs: generic.map((r) => r.view.seq), session: generic[0].session,
  }];
  const bookings = requests.filter((r) => r.view.interaction === 'appointment-create' && r.facts.patientKey !== undefined && userOf(r) !== undefined);
  const users = new Set(bookings.map(userOf));
  const patients = new Set(bookings.map((r) => r.facts.patientKey));
  if (users.size === 1 && patients.size >= FIXED_USER_PATIENTS) {
    out.push({
      ...finding('JWT-20', 'warn', `every booking for ${patients.size} different patients names the same user ${JSON.stringify([...users][0])}; is it a fixed system user?`, [...users][0]),
      seqs: bookings.map((r) => r.view.seq), session: bookings[0].session,
    });
  }
  return out;
}

export function judgeRecordingWide(requests: readonly SessionRequest[]): JudgedFinding[] {
  return [...judgeTraceIds(requests), ...judgeFixedUser(requests)];
}
