// Reads cucumber's messages back into one result per scenario: its tags, its status, why it was
// skipped (not exercised), its warnings and its failure message. The coverage summary is built on
// these, so coverage comes from the scenarios' tags, never from a hand-kept list.
import type { Envelope } from '@cucumber/messages';
import { WARNING_ATTACHMENT } from '../verdict/verdict.ts';
import { NOT_EXERCISED_ATTACHMENT } from './expect-consumer-obligation.ts';

export type ScenarioStatus = 'passed' | 'failed' | 'skipped' | 'undefined' | 'ambiguous' | 'pending' | 'unknown';

export interface ScenarioResult {
  readonly name: string;
  readonly uri: string;
  readonly tags: readonly string[];
  readonly status: ScenarioStatus;
  readonly skipReason?: string;
  readonly warnings: readonly string[];
  readonly failure?: string;
}

// The worst step decides the scenario, as cucumber itself reports it.
const PRECEDENCE: readonly ScenarioStatus[] = ['failed', 'ambiguous', 'undefined', 'pending', 'unknown', 'skipped', 'passed'];

interface Accumulator {
  pickleId: string;
  statuses: ScenarioStatus[];
  skipReason?: string;
  warnings: string[];
  failure?: string;
  retried: boolean;
}

export function summariseConsumerRun(envelopes: readonly Envelope[]): ScenarioResult[] {
  const pickles = new Map<string, { name: string; uri: string; tags: string[] }>();
  const testCases = new Map<string, string>();
  const started = new Map<string, Accumulator>();
  for (const envelope of envelopes) {
    if (envelope.pickle) pickles.set(envelope.pickle.id, { name: envelope.pickle.name, uri: envelope.pickle.uri, tags: envelope.pickle.tags.map((t) => t.name) });
    if (envelope.testCase) testCases.set(envelope.testCase.id, envelope.testCase.pickleId);
    if (envelope.testCaseStarted) {
      started.set(envelope.testCaseStarted.id, { pickleId: testCases.get(envelope.testCaseStarted.testCaseId) ?? '', statuses: [], warnings: [], retried: false });
    }
    const step = envelope.testStepFinished;
    const stepCase = step ? started.get(step.testCaseStartedId) : undefined;
    if (step && stepCase) {
      stepCase.statuses.push(step.testStepResult.status.toLowerCase() as ScenarioStatus);
      if (step.testStepResult.message && stepCase.failure === undefined) stepCase.failure = step.testStepResult.message;
    }
    const attachment = envelope.attachment;
    const attachedCase = attachment?.testCaseStartedId ? started.get(attachment.testCaseStartedId) : undefined;
    if (attachment && attachedCase) {
      if (attachment.fileName === NOT_EXERCISED_ATTACHMENT) attachedCase.skipReason = attachment.body;
      if (attachment.fileName === WARNING_ATTACHMENT) attachedCase.warnings.push((JSON.parse(attachment.body) as { message: string }).message);
    }
    const finished = envelope.testCaseFinished;
    if (finished?.willBeRetried) (started.get(finished.testCaseStartedId) as Accumulator).retried = true;
  }
  return [...started.values()].filter((c) => !c.retried).map((c) => {
    const pickle = pickles.get(c.pickleId) ?? { name: '(unknown)', uri: '', tags: [] };
    const status = PRECEDENCE.find((s) => c.statuses.includes(s)) ?? 'unknown';
    return {
      ...pickle,
      status,
      warnings: c.warnings,
      ...(status === 'skipped' && c.skipReason !== undefined ? { skipReason: c.skipReason } : {}),
      ...(status !== 'passed' && status !== 'skipped' && c.failure !== undefined ? { failure: c.failure } : {}),
    };
  });
}
