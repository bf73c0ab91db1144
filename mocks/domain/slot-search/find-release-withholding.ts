// Release rules (SLOT-08): a slot reaches a consumer only when its schedule's rule AND its own rule
// both admit that consumer. A rule admits when every list it carries names the consumer: the ODS
// code from the JWT `requesting_organization`, and the consumer system's ASID (`Ssp-From`).
import type { ReleaseRule, RequestingConsumer, ScheduleRecord, SlotRecord } from '../types.ts';

export interface Withholding {
  readonly code: 'not-released-to-organisation' | 'not-released-to-system';
  /** Whose rule withheld the slot. */
  readonly by: 'schedule' | 'slot';
  /** The ODS codes or ASIDs that rule releases to. */
  readonly releasedTo: readonly string[];
}

// An absent list does not restrict; an empty list releases to no one (it is a membership list).
function ruleWithholding(rule: ReleaseRule | undefined, consumer: RequestingConsumer, by: Withholding['by']): Withholding | undefined {
  if (rule?.odsCodes && !rule.odsCodes.includes(consumer.odsCode)) {
    return { code: 'not-released-to-organisation', by, releasedTo: rule.odsCodes };
  }
  // A consumer whose ASID is not known cannot be shown to be on an ASID list.
  if (rule?.asids && (consumer.asid === undefined || !rule.asids.includes(consumer.asid))) {
    return { code: 'not-released-to-system', by, releasedTo: rule.asids };
  }
  return undefined;
}

/** The first release rule that withholds the slot from the consumer, or undefined when it is released. */
export function findReleaseWithholding(
  schedule: ScheduleRecord | undefined,
  slot: SlotRecord,
  consumer: RequestingConsumer,
): Withholding | undefined {
  return ruleWithholding(schedule?.release, consumer, 'schedule') ?? ruleWithholding(slot.release, consumer, 'slot');
}
