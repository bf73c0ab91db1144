// A defect in this suite itself (a step asserting before any request, a request nobody asserted
// on). The scenario is failed loudly so authors notice, but the verdict is inconclusive: the
// supplier is never blamed for our fault.
import type { InconclusiveCode } from './verdict.ts';

export type HarnessDefectCode = Extract<InconclusiveCode, `HARNESS_${string}`>;

export class HarnessDefect extends Error {
  readonly code: HarnessDefectCode;
  readonly detail: string;

  constructor(code: HarnessDefectCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'HarnessDefect';
    this.code = code;
    this.detail = detail;
  }
}
