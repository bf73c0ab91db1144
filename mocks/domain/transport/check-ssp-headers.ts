// Consumer judgement of the Spine Secure Proxy headers and X-Request-ID on one request (SSP-02..05,
// XTI-01). Header names are case-insensitive (the `get` given must be, as Fetch `Headers` is); the
// underscore spellings of the consumer assurance scripts are found and flagged (C-24).
import { finding } from '../judge/finding.ts';
import type { Finding, ObligationId } from '../judge/finding.ts';
import { INTERACTION_IDS, SLOT_SEARCH_READ_INTERACTION_ID } from '../../../spec/interactions.ts';
import type { Interaction } from '../../../spec/interactions.ts';
import { quoteHeader } from './parse-media-type.ts';

export interface HeaderSource {
  get(name: string): string | null;
}

export interface SspHeaderContext {
  readonly interaction: Interaction;
  /** SSP-03: the consumer's ASID when the scenario knows it; otherwise only its form is judged. */
  readonly consumerAsid?: string;
  /** SSP-04: the provider's ASID when known; otherwise only its form is judged. */
  readonly providerAsid?: string;
  /** C-24 `ssp.acceptedSlotInteractionIds`. */
  readonly acceptedSlotInteractionIds: readonly string[];
  /** C-24 `ssp.allowUnderscoreHeaders`: underscore spellings warn instead of fail. */
  readonly allowUnderscoreHeaders: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface HeaderRule {
  readonly obligation: ObligationId;
  readonly name: string;
  /** C-24: the spelling of CAT (Ssp_From, …), if there is one. */
  readonly underscore?: string;
  /** A message saying what is wrong with the value, or undefined when it is right. */
  readonly check: (value: string) => string | undefined;
}

function rules(ctx: SspHeaderContext): HeaderRule[] {
  const expectedIds = ctx.interaction === 'slot-search' ? ctx.acceptedSlotInteractionIds : [INTERACTION_IDS[ctx.interaction]];
  return [
    // SSP-02
    { obligation: 'SSP-02', name: 'Ssp-TraceID', underscore: 'Ssp_TraceId', check: (v) => (UUID.test(v) ? undefined : `Ssp-TraceID ${quoteHeader(v)} is not a UUID`) },
    // SSP-03
    {
      obligation: 'SSP-03', name: 'Ssp-From', underscore: 'Ssp_From',
      check: (v) => ctx.consumerAsid === undefined
        ? (/^\d+$/.test(v) ? undefined : `Ssp-From ${quoteHeader(v)} is not an ASID (a numeric identifier)`)
        : (v === ctx.consumerAsid ? undefined : `Ssp-From ${quoteHeader(v)} is not the consumer's ASID "${ctx.consumerAsid}"`),
    },
    // SSP-04
    {
      obligation: 'SSP-04', name: 'Ssp-To', underscore: 'Ssp_To',
      check: (v) => ctx.providerAsid === undefined
        ? (/^\d+$/.test(v) ? undefined : `Ssp-To ${quoteHeader(v)} is not an ASID (a numeric identifier)`)
        : (v === ctx.providerAsid ? undefined : `Ssp-To ${quoteHeader(v)} is not the provider's ASID "${ctx.providerAsid}"`),
    },
    // SSP-05 (C-24: slot search ids come from configuration)
    {
      obligation: 'SSP-05', name: 'Ssp-InteractionID', underscore: 'Ssp_InteractionId',
      check: (v) => expectedIds.includes(v) ? undefined
        : `Ssp-InteractionID ${quoteHeader(v)} is not the interaction id for ${ctx.interaction}; expected ${expectedIds.map((id) => `"${id}"`).join(' or ')}${
          v === SLOT_SEARCH_READ_INTERACTION_ID ? ' (the read:slot spelling is accepted only in lenient mode, C-24)' : ''}`,
    },
    // XTI-01 (C-41: consumers must send it on every request)
    { obligation: 'XTI-01', name: 'X-Request-ID', check: (v) => (UUID.test(v) ? undefined : `X-Request-ID ${quoteHeader(v)} is not a UUID`) },
  ];
}

function judgeHeader(headers: HeaderSource, rule: HeaderRule, allowUnderscore: boolean): Finding {
  const value = headers.get(rule.name);
  if (value !== null) {
    const wrong = rule.check(value);
    return wrong === undefined
      ? finding(rule.obligation, 'pass', `${rule.name} is correct`, { [rule.name]: value })
      : finding(rule.obligation, 'fail', wrong, { [rule.name]: value });
  }
  const underscored = rule.underscore === undefined ? null : headers.get(rule.underscore);
  if (underscored === null) return finding(rule.obligation, 'fail', `${rule.name} header missing`);
  const evidence = { [rule.underscore as string]: underscored };
  const wrong = rule.check(underscored);
  const spelling = `sent as ${rule.underscore}, an underscore spelling that proxies may drop; the header is ${rule.name} (C-24)`;
  if (wrong !== undefined) return finding(rule.obligation, 'fail', `${wrong}; ${spelling}`, evidence);
  return allowUnderscore
    ? finding(rule.obligation, 'warn', `${rule.name} ${spelling}`, evidence)
    : finding(rule.obligation, 'fail', `${rule.name} header missing: ${spelling}`, evidence);
}

/** One finding per obligation, in the order SSP-02, SSP-03, SSP-04, SSP-05, XTI-01. */
export function judgeSspHeaders(headers: HeaderSource, ctx: SspHeaderContext): Finding[] {
  return rules(ctx).map((rule) => judgeHeader(headers, rule, ctx.allowUnderscoreHeaders));
}
