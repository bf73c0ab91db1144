// Wraps every step and hook: whatever a step throws is turned into a verdict record attached to the
// scenario, and into the cucumber outcome that stands for it (see to-verdict-record). Hooks that run
// outside a scenario (BeforeAll, AfterAll) have no World and pass through unchanged.
import { toVerdictRecord } from '../../src/verdict/to-verdict-record.ts';
import { VERDICT_ATTACHMENT } from '../../src/verdict/verdict.ts';
import { ExchangeWorld } from './exchange-world.ts';

type StepCode = (this: unknown, ...args: unknown[]) => unknown;

export function wrapWithVerdicts(code: StepCode): StepCode {
  return async function (this: unknown, ...args: unknown[]) {
    try {
      return await code.apply(this, args);
    } catch (error) {
      if (!(this instanceof ExchangeWorld)) throw error;
      const { record, outcome } = toVerdictRecord(error);
      await this.attach(JSON.stringify(record, null, 2), { mediaType: 'application/json', fileName: VERDICT_ATTACHMENT });
      if (outcome === 'rethrow') throw error;
      return outcome;
    }
  };
}
