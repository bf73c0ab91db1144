// The world parameters of a run (JSON, set by bin/assure or cucumber.mjs): a target file, or the
// embedded mock with optional faults. Nothing else crosses from the CLI into the workers.
import type { EmbeddedMockOptions } from '../../src/targets/start-embedded-target.ts';

export interface SuiteParameters {
  /** Path of a target file; absent = the embedded mock provider. */
  readonly target?: string;
  readonly mock?: EmbeddedMockOptions;
}
