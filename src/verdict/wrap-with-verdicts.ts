// Wraps every step and hook of a suite (provider and consumer alike): whatever a step throws is
// turned into a verdict record attached to the scenario, and into the cucumber outcome that stands
// for it (see to-verdict-record). Hooks that run outside a scenario (BeforeAll, AfterAll) have no
// World and pass through unchanged.
import { World } from '@cucumber/cucumber';
import { toVerdictRecord } from './to-verdict-record.ts';
import { toVerdictAttachment } from './verdict-attachment.ts';

type StepCode = (this: unknown, ...args: unknown[]) => unknown;

export function wrapWithVerdicts(code: StepCode): StepCode {
  return async function (this: unknown, ...args: unknown[]) {
    try {
      return await code.apply(this, args);
    } catch (error) {
      if (!(this instanceof World)) throw error;
      const { record, outcome } = toVerdictRecord(error);
      const { body, ...options } = toVerdictAttachment(record);
      await this.attach(body, options);
      if (outcome === 'rethrow') throw error;
      return outcome;
    }
  };
}
