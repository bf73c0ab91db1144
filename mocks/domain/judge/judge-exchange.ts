// Everything one recorded request shows on its own: the token (JWT-01..25 via judgeConsumerJwt, and
// JWT-26), the SSP and integrity headers (SSP-01..05, XTI-01), the request encoding (HTTP-07/08),
// and the interaction's own rules (slot search, booking body, cancel body). Cross-request rules
// (retries, read-before-cancel, served slots) are judged over the session.
import { judgeConsumerJwt } from '../auth/judge-jwt.ts';
import { parseMediaType } from '../transport/parse-media-type.ts';
import { judgeSspHeaders } from '../transport/check-ssp-headers.ts';
import { isRecord } from '../booking/fhir-primitives.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';
import { judgeBookingBody } from './judge-booking-body.ts';
import type { ConsumerJudgeContext } from './judge-context.ts';
import { judgeFhirJsonShape } from './judge-fhir-json-shape.ts';
import { judgePatientSearch } from './judge-patient-search.ts';
import { judgeSlotSearch } from './judge-slot-search.ts';
import { judgeStructure } from './judge-structure.ts';
import { judgeTokenLifetime } from './judge-token-lifetime.ts';
import { placeFindings } from './judged-finding.ts';
import type { JudgedFinding } from './judged-finding.ts';
import type { RequestView } from './to-request-view.ts';

export const FHIR_MEDIA_TYPES: readonly string[] = ['application/fhir+json', 'application/fhir+xml'];

/** The `Ssp-From` a request carries, in the strict or the underscore spelling (C-24). */
export function sspFromOf(view: RequestView): string | null {
  return view.headers.get('ssp-from') ?? view.headers.get('ssp_from');
}

// SSP-01: `https://<ssp>/<provider service root URL>/<path>` with exactly one "/" in between.
function judgeSspRoute(view: RequestView, ctx: ConsumerJudgeContext): Finding | undefined {
  if (view.route.kind !== 'ssp') return undefined;
  if (view.route.slashes !== 1) return finding('SSP-01', 'fail', `${view.route.slashes} "/" between the SSP URL and the provider URL; exactly one is allowed`, view.route.embeddedUrl);
  if (view.path === undefined) return finding('SSP-01', 'fail', `the embedded provider URL ${view.route.embeddedUrl.split('?')[0]} is not the provider service root ${ctx.baseUrl}`, view.route.embeddedUrl);
  return finding('SSP-01', 'pass', 'provider URL appended to the SSP URL with one "/"');
}

// SSP-03 with the known consumers: a numeric ASID the provider has never heard of is still wrong.
function judgeKnownAsid(findings: Finding[], view: RequestView, ctx: ConsumerJudgeContext): Finding[] {
  const asid = sspFromOf(view);
  if (ctx.consumers.length === 0 || asid === null || ctx.consumers.some((c) => c.asid === asid)) return findings;
  const known = ctx.consumers.map((c) => `${c.asid} (${c.odsCode})`).join(', ');
  return findings.map((f) => (f.obligation === 'SSP-03' && f.outcome === 'pass'
    ? finding('SSP-03', 'fail', `Ssp-From "${asid}" is not the ASID of a consumer this provider knows: ${known}`, { 'Ssp-From': asid })
    : f));
}

// HTTP-07: request bodies in UTF-8, said so in Content-Type (strict: no space before charset).
function judgeCharset(view: RequestView): Finding | undefined {
  const contentType = view.headers.get('content-type');
  if (view.requestBody === null || contentType === null) return undefined;
  const media = parseMediaType(contentType);
  const charset = media?.params.charset;
  if (charset === undefined || charset.toLowerCase() !== 'utf-8') {
    return finding('HTTP-07', 'fail', `Content-Type ${JSON.stringify(contentType)} must say charset=utf-8`, contentType);
  }
  return /;\s/.test(contentType)
    ? finding('HTTP-07', 'warn', `Content-Type ${JSON.stringify(contentType)}: write ";charset=utf-8" without a space`, contentType)
    : finding('HTTP-07', 'pass', 'charset=utf-8 declared');
}

// HTTP-08: gzip support shows only when the consumer advertises it or compresses a body.
function judgeGzip(view: RequestView): Finding | undefined {
  const accepts = (view.headers.get('accept-encoding') ?? '').toLowerCase().split(',').some((c) => c.trim().split(';')[0] === 'gzip');
  const gzipped = (view.headers.get('content-encoding') ?? '').toLowerCase().includes('gzip');
  return accepts || gzipped ? finding('HTTP-08', 'pass', gzipped ? 'sent a gzipped body' : 'advertised Accept-Encoding: gzip') : undefined;
}

// BOOK-01: a booking is a FHIR body (its scope, interaction id and X-Request-ID are JWT-15, SSP-05, XTI-01).
function judgeBookingContentType(view: RequestView): Finding {
  const contentType = view.headers.get('content-type');
  const media = contentType === null ? undefined : parseMediaType(contentType);
  return media !== undefined && FHIR_MEDIA_TYPES.includes(media.essence)
    ? finding('BOOK-01', 'pass', `POST Appointment as ${media.essence}`)
    : finding('BOOK-01', 'fail', `the booking must be sent as application/fhir+json (or fhir+xml); Content-Type was ${JSON.stringify(contentType)}`, contentType);
}

function judgeInteraction(view: RequestView, ctx: ConsumerJudgeContext): Finding[] {
  switch (view.interaction) {
    case 'slot-search': return judgeSlotSearch(view, ctx);
    case 'appointment-search': return [judgePatientSearch(view)];
    case 'appointment-create': return [judgeBookingContentType(view), ...judgeBookingBody(view.requestJson, view.timeMs, ctx)];
    case 'appointment-update': return isRecord(view.requestJson)
      ? [judgeFhirJsonShape(view.requestJson, 'Appointment'), ...judgeStructure(ctx.validateStructure, 'Appointment', view.requestJson)]
      : [];
    default: return [];
  }
}

export function judgeExchange(view: RequestView, ctx: ConsumerJudgeContext, session: string): JudgedFinding[] {
  const route = judgeSspRoute(view, ctx);
  const interaction = view.interaction;
  if (interaction === undefined) return placeFindings(route ? [route] : [], { seqs: [view.seq], session });
  const nowSec = Math.floor(view.timeMs / 1000);
  const asid = sspFromOf(view);
  const known = ctx.consumers.find((c) => c.asid === asid);
  const authorization = view.headers.get('authorization');
  const findings: (Finding | undefined)[] = [
    route,
    ...judgeConsumerJwt(authorization, { interaction, nowSec, audience: ctx.baseUrl, ...(known ? { expectedOdsCode: known.odsCode } : {}) }),
    judgeTokenLifetime(authorization, nowSec),
    ...judgeKnownAsid(judgeSspHeaders(view.headers, {
      interaction,
      providerAsid: ctx.providerAsid,
      acceptedSlotInteractionIds: ctx.acceptedSlotInteractionIds,
      allowUnderscoreHeaders: ctx.allowUnderscoreHeaders,
    }), view, ctx),
    judgeCharset(view),
    judgeGzip(view),
    ...judgeInteraction(view, ctx),
  ];
  return placeFindings(findings.filter((f) => f !== undefined), { seqs: [view.seq], session, interaction });
}
