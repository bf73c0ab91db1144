// The target does not declare the data a scenario needs (e.g. no service without slots), so the
// scenario is skipped with the reason instead of failed: pact's provider states, made explicit.
import type { SkipCode } from './verdict.ts';

export class ScenarioSkipped extends Error {
  readonly code: SkipCode;
  readonly reason: string;

  constructor(code: SkipCode, reason: string) {
    super(`${code}: ${reason}`);
    this.name = 'ScenarioSkipped';
    this.code = code;
    this.reason = reason;
  }
}
