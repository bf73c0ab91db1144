// Reads a run's cucumber messages back into one result per scenario: its tags and obligation ids,
// the verdict (from the verdict attachments the steps left, and the step statuses), the warnings,
// and how many exchanges it recorded. Scenarios filtered out of the run are kept as "not-run", so
// coverage always covers every scenario in the features.
import type { Envelope, Pickle, TestStepResultStatus } from '@cucumber/messages';
import type { VerdictRecord, WarningRecord } from '../verdict/verdict.ts';
import { EXCHANGE_ATTACHMENT_PREFIX, VERDICT_ATTACHMENT, WARNING_ATTACHMENT } from '../verdict/verdict.ts';
import { decideScenarioVerdict, type ScenarioOutcome } from './decide-scenario-verdict.ts';

export type ScenarioLevel = 'must' | 'should' | 'may' | 'unlevelled';

export interface ScenarioResult {
  readonly id: string;
  readonly name: string;
  readonly feature: string;
  readonly uri: string;
  readonly line: number;
  readonly tags: readonly string[];
  readonly obligations: readonly string[];
  readonly level: ScenarioLevel;
  readonly verdict: ScenarioOutcome;
  /** Why it is not a pass (the first verdict record), if it is not. */
  readonly reason?: string;
  readonly records: readonly VerdictRecord[];
  readonly warnings: readonly WarningRecord[];
  readonly exchanges: number;
}

const OBLIGATION_TAG = /^@([A-Z]+-\d+)$/;

interface Attempt {
  readonly statuses: TestStepResultStatus[];
  readonly records: VerdictRecord[];
  readonly warnings: WarningRecord[];
  exchanges: number;
}

function levelOf(tags: readonly string[]): ScenarioLevel {
  if (tags.includes('@must')) return 'must';
  if (tags.includes('@should')) return 'should';
  if (tags.includes('@may')) return 'may';
  return 'unlevelled';
}

function parse<T>(body: string): T | undefined {
  try {
    return JSON.parse(body) as T;
  } catch {
    return undefined;
  }
}

export class ScenarioResultCollector {
  readonly #pickles: Pickle[] = [];
  readonly #features = new Map<string, string>();
  readonly #pickleOfTestCase = new Map<string, string>();
  readonly #pickleOfStarted = new Map<string, string>();
  readonly #attempts = new Map<string, Attempt>();
  /** The attempt that counts for each pickle (the last one cucumber did not retry). */
  readonly #final = new Map<string, string>();

  update(envelope: Envelope): void {
    if (envelope.gherkinDocument?.uri) this.#features.set(envelope.gherkinDocument.uri, envelope.gherkinDocument.feature?.name ?? '');
    if (envelope.pickle) this.#pickles.push(envelope.pickle);
    if (envelope.testCase) this.#pickleOfTestCase.set(envelope.testCase.id, envelope.testCase.pickleId);
    if (envelope.testCaseStarted) {
      this.#pickleOfStarted.set(envelope.testCaseStarted.id, this.#pickleOfTestCase.get(envelope.testCaseStarted.testCaseId) ?? '');
      this.#attempts.set(envelope.testCaseStarted.id, { statuses: [], records: [], warnings: [], exchanges: 0 });
    }
    if (envelope.testStepFinished) this.#attempts.get(envelope.testStepFinished.testCaseStartedId)?.statuses.push(envelope.testStepFinished.testStepResult.status);
    if (envelope.attachment?.testCaseStartedId) this.#attach(this.#attempts.get(envelope.attachment.testCaseStartedId), envelope.attachment.fileName ?? '', envelope.attachment.body);
    if (envelope.testCaseFinished && !envelope.testCaseFinished.willBeRetried) {
      this.#final.set(this.#pickleOfStarted.get(envelope.testCaseFinished.testCaseStartedId) ?? '', envelope.testCaseFinished.testCaseStartedId);
    }
  }

  #attach(attempt: Attempt | undefined, fileName: string, body: string): void {
    if (!attempt) return;
    if (fileName === VERDICT_ATTACHMENT) attempt.records.push(...[parse<VerdictRecord>(body)].filter((r) => r !== undefined));
    else if (fileName === WARNING_ATTACHMENT) attempt.warnings.push(...[parse<WarningRecord>(body)].filter((w) => w !== undefined));
    else if (fileName.startsWith(EXCHANGE_ATTACHMENT_PREFIX)) attempt.exchanges += 1;
  }

  results(): ScenarioResult[] {
    return this.#pickles.map((pickle) => {
      const tags = pickle.tags.map((tag) => tag.name);
      const startedId = this.#final.get(pickle.id);
      const attempt = startedId === undefined ? undefined : this.#attempts.get(startedId);
      const decided = decideScenarioVerdict(attempt?.statuses, attempt?.records ?? []);
      return {
        id: pickle.id,
        name: pickle.name,
        feature: this.#features.get(pickle.uri) ?? '',
        uri: pickle.uri,
        line: pickle.location?.line ?? 0,
        tags,
        obligations: tags.flatMap((tag) => OBLIGATION_TAG.exec(tag)?.[1] ?? []),
        level: levelOf(tags),
        verdict: decided.verdict,
        ...(decided.reason ? { reason: decided.reason } : {}),
        records: attempt?.records ?? [],
        warnings: attempt?.warnings ?? [],
        exchanges: attempt?.exchanges ?? 0,
      };
    });
  }
}
