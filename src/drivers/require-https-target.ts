// HTTP-13 applies to targets served over TLS; a plain-HTTP target (such as the embedded mock) skips.
import type { ResolvedTarget } from '../targets/resolved-target.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';

export function requireHttpsTarget(target: ResolvedTarget): void {
  if (!target.config.baseUrl.startsWith('https://')) throw new ScenarioSkipped('SKIPPED_NOT_DECLARED', `the target is served over plain HTTP (${new URL(target.config.baseUrl).origin})`);
}
