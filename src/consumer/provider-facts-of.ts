// The provider facts a consumer is judged against, taken from a running mock (live and in-process
// use) or from a named fixture (replaying a HAR captured elsewhere), and turned into the judge's
// context. The facts are what a HAR export carries, so a replay judges exactly as live.
import { consumerJudgeContext } from '../../mocks/domain/judge/judge-context.ts';
import type { ConsumerJudgeContext, StructuralValidator } from '../../mocks/domain/judge/judge-context.ts';
import type { ProviderData } from '../../mocks/domain/types.ts';
import type { MockProviderState } from '../../mocks/store/mock-provider-state.ts';
import type { HarProviderFacts } from './har-types.ts';

export function providerFactsOf(data: ProviderData, baseUrl: string, acceptedSlotInteractionIds: readonly string[]): HarProviderFacts {
  return {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    providerAsid: data.providerAsid,
    consumers: data.consumers.map(({ asid, odsCode }) => ({ asid, odsCode })),
    serviceIds: data.healthcareServices.map((service) => service.dosId),
    acceptedSlotInteractionIds: [...acceptedSlotInteractionIds],
  };
}

/** The facts of a running mock (HTTP server or in-process helper). */
export function mockProviderFacts(state: MockProviderState): HarProviderFacts {
  return providerFactsOf(state.store.data, state.baseUrl, state.config.acceptedSlotInteractionIds);
}

export function judgeContextOf(facts: HarProviderFacts, validateStructure?: StructuralValidator): ConsumerJudgeContext {
  return consumerJudgeContext({ ...facts, ...(validateStructure ? { validateStructure } : {}) });
}
