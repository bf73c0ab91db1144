// Answers whose status the sources dispute (section 3): the strict default is asserted, and a
// target's lenient set lets it answer another way, each way checked in full.
import type { Exchange } from '../client/exchange.ts';
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { expectEmptySearchset } from './expect-empty-searchset.ts';
import { expectOperationOutcome } from './expect-operation-outcome.ts';
import { expectSameSlots } from './expect-same-results.ts';
import { expectSearchsetBundle } from './expect-searchset-bundle.ts';
import { expectStatus } from './expect-status.ts';
import type { Warn } from '../verdict/fail.ts';
import type { SearchsetView } from '../fhir/searchset-view.ts';

/** 200 is answered with an empty searchset; any other allowed status with an OperationOutcome. */
function expectRefusalOrEmpty(exchange: Exchange, statuses: readonly number[], obligations: readonly string[], policy: ConformancePolicy, warn: Warn): void {
  expectStatus(exchange, statuses, obligations);
  if (exchange.response?.status === 200) expectEmptySearchset(expectSearchsetBundle(exchange, warn, obligations), policy);
  else expectOperationOutcome(exchange, { statuses, obligations }, policy, warn);
}

/** SLOT-10 (C-05): 404 + OO naming the service; leniently 200 with no entries, never slots. */
export function expectUnknownServiceAnswer(exchange: Exchange, policy: ConformancePolicy, warn: Warn): void {
  expectRefusalOrEmpty(exchange, policy.slotSearch.unknownServiceStatuses, ['SLOT-10'], policy, warn);
}

/** SLOT-10: a search without the service parameter is refused (400; leniently 404), never all slots. */
export function expectMissingServiceAnswer(exchange: Exchange, policy: ConformancePolicy, warn: Warn): void {
  expectOperationOutcome(exchange, { statuses: policy.slotSearch.missingServiceStatuses, obligations: ['SLOT-10'] }, policy, warn);
}

/** C-25: an inverted window matches nothing (200 empty); leniently 400 or 422 with an OperationOutcome. */
export function expectInvertedWindowAnswer(exchange: Exchange, policy: ConformancePolicy, warn: Warn): void {
  expectRefusalOrEmpty(exchange, policy.slotSearch.invertedWindowStatuses, ['SLOT-15'], policy, warn);
}

/** SLOT-06 (C-11): unknown parameter names are ignored (same Slots); leniently refused with 400 + OO. */
/** `readProbe` reads the probe as a searchset, every page of it (SLOT-31). */
export function expectUnknownParamAnswer(reference: SearchsetView, exchange: Exchange, readProbe: () => SearchsetView, policy: ConformancePolicy, warn: Warn): void {
  const allowed = { ignore: [200], reject: [400], either: [200, 400] }[policy.query.unknownParamPolicy];
  expectStatus(exchange, allowed, ['SLOT-06']);
  if (exchange.response?.status === 200) expectSameSlots(reference, readProbe(), ['SLOT-06']);
  else expectOperationOutcome(exchange, { statuses: allowed, obligations: ['SLOT-06'] }, policy, warn);
}
