// The identity checks a judgement could not make because the provider facts do not say who is who
// (a HAR captured against another provider, replayed without its identities). Each is listed as
// "not testable here" with the reason and what to pass; the form of each value is still judged.
import type { ConsumerJudgeContext } from './judge-context.ts';
import type { NotTestableHere } from './not-testable-here.ts';

const PASS_THEM = 'give the identities to the replay (--provider-asid / --consumer ASID:ODS, an --identities file, or --provider with the provider file)';

export function identityGaps(ctx: Pick<ConsumerJudgeContext, 'providerAsid' | 'consumers' | 'serviceIds'>): NotTestableHere[] {
  const gaps: NotTestableHere[] = [];
  if (ctx.consumers.length === 0) {
    gaps.push({ id: 'SSP-03', level: 'MUST', title: "Ssp-From is this consumer's own ASID", reason: `the consumer's ASID is not known, so only that Ssp-From is an ASID was judged; ${PASS_THEM}` });
    gaps.push({ id: 'JWT-18', level: 'MUST', title: 'requesting_organization names the ODS code that goes with the ASID', reason: `which ODS code goes with which ASID is not known, so only the Organization's form was judged; ${PASS_THEM}` });
  }
  if (ctx.providerAsid === undefined) {
    gaps.push({ id: 'SSP-04', level: 'MUST', title: "Ssp-To is this provider's ASID", reason: `the provider's ASID is not known, so only that Ssp-To is an ASID was judged; ${PASS_THEM}` });
  }
  if (ctx.serviceIds.length === 0) {
    gaps.push({ id: 'SLOT-02', level: 'MUST', title: 'the searched DoS service id is one the provider serves', reason: `the provider's DoS service ids are not known, so only that a service id was sent was judged; ${PASS_THEM}` });
  }
  return gaps;
}
