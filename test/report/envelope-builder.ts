// Builds the cucumber message envelopes of a run from a short description, the way cucumber-js 13
// writes them (pickles with inherited tags, test cases with hook steps, attachments bound to the
// test case attempt), so the report is tested on realistic input without running cucumber.
import type { Envelope, Timestamp } from '@cucumber/messages';
import type { Exchange } from '../../src/client/exchange.ts';
import { toExchangeAttachment } from '../../src/client/exchange-attachment.ts';
import { toVerdictAttachment, toWarningAttachment } from '../../src/verdict/verdict-attachment.ts';
import type { VerdictRecord, WarningRecord } from '../../src/verdict/verdict.ts';

export interface FixtureAttachment {
  readonly fileName: string;
  readonly mediaType: string;
  readonly body: string;
}

export interface FixtureStep {
  readonly text: string;
  readonly status: 'PASSED' | 'FAILED' | 'PENDING' | 'SKIPPED' | 'UNDEFINED' | 'AMBIGUOUS';
  readonly message?: string;
  /** The thrown error as cucumber records it: class name and message. */
  readonly exception?: { readonly type: string; readonly message: string };
  readonly attachments?: readonly FixtureAttachment[];
  readonly durationMs?: number;
}

export interface FixtureScenario {
  readonly name: string;
  readonly uri?: string;
  readonly line?: number;
  readonly tags: readonly string[];
  readonly steps: readonly FixtureStep[];
  /** An After hook outcome; a passing After hook is added when absent. */
  readonly afterHook?: FixtureStep;
  /** Earlier attempts that were retried (their envelopes carry willBeRetried: true). */
  readonly retriedAttempts?: number;
  /** Filtered out of the run: cucumber emits the pickle but no test case. */
  readonly notRun?: boolean;
}

export const RUN_START_MS = Date.UTC(2026, 2, 16, 8, 0, 0);

export function exchangeAttachment(exchange: Exchange): FixtureAttachment {
  return toExchangeAttachment(exchange);
}

export function verdictAttachment(record: VerdictRecord): FixtureAttachment {
  return toVerdictAttachment(record);
}

export function warningAttachment(record: WarningRecord): FixtureAttachment {
  return toWarningAttachment(record);
}

function stamp(ms: number): Timestamp {
  return { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 };
}

const KEYWORD_TYPES = ['Context', 'Action', 'Outcome'] as const;

/** Envelopes as cucumber writes them; fields the reports never read (AST ids, languages) are left out. */
type PartialEnvelope = Record<string, unknown>;

export function buildRunEnvelopes(scenarios: readonly FixtureScenario[], startMs = RUN_START_MS): Envelope[] {
  let clock = startMs;
  let nextId = 0;
  const id = (kind: string) => `${kind}-${(nextId += 1)}`;
  const head: PartialEnvelope[] = [
    { meta: { protocolVersion: '34.2.1', implementation: { name: 'cucumber-js', version: '13.3.0' }, runtime: { name: 'node.js', version: '24.0.0' }, os: { name: 'linux' } } },
  ];
  const uris = [...new Set(scenarios.map((scenario) => scenario.uri ?? 'features/provider/slots.feature'))];
  for (const uri of uris) head.push({ gherkinDocument: { uri, feature: { name: `Feature of ${uri.split('/').at(-1)}`, keyword: 'Feature' } } });
  const hookId = id('hook');
  const cases = scenarios.map((scenario, index) => {
    const pickleSteps = scenario.steps.map((step, n) => ({ id: id('pstep'), text: step.text, type: KEYWORD_TYPES[Math.min(n, 2)] }));
    const pickle = { id: id('pickle'), uri: scenario.uri ?? 'features/provider/slots.feature', name: scenario.name, location: { line: scenario.line ?? 10 + index * 8 }, tags: scenario.tags.map((name) => ({ name })), steps: pickleSteps };
    const testSteps = [...pickleSteps.map((step) => ({ id: id('tstep'), pickleStepId: step.id })), { id: id('tstep'), hookId }];
    return { scenario, pickle, testCase: { id: id('case'), pickleId: pickle.id, testSteps } };
  });
  const run = cases.filter(({ scenario }) => !scenario.notRun);
  const body: PartialEnvelope[] = [...cases.map(({ pickle }) => ({ pickle })), { testRunStarted: { timestamp: stamp(clock) } }, ...run.map(({ testCase }) => ({ testCase }))];
  for (const { scenario, testCase } of run) {
    const outcomes = [...scenario.steps, scenario.afterHook ?? { text: 'After', status: 'PASSED' as const }];
    for (let attempt = 0; attempt <= (scenario.retriedAttempts ?? 0); attempt += 1) {
      const started = { id: id('started'), testCaseId: testCase.id, attempt, timestamp: stamp(clock) };
      body.push({ testCaseStarted: started });
      const retried = attempt < (scenario.retriedAttempts ?? 0);
      testCase.testSteps.forEach((testStep, n) => {
        const outcome = retried && n === 0 ? { text: '', status: 'FAILED' as const, message: 'flaky' } : outcomes[n];
        for (const attachment of retried ? [] : (outcome.attachments ?? [])) {
          body.push({ attachment: { ...attachment, contentEncoding: 'IDENTITY', testCaseStartedId: started.id, testStepId: testStep.id } });
        }
        const duration = outcome.durationMs ?? 5;
        clock += duration;
        body.push({ testStepFinished: { testCaseStartedId: started.id, testStepId: testStep.id, testStepResult: { status: outcome.status, duration: stamp(duration), ...(outcome.message ? { message: outcome.message } : {}), ...('exception' in outcome && outcome.exception ? { exception: outcome.exception } : {}) }, timestamp: stamp(clock) } });
      });
      body.push({ testCaseFinished: { testCaseStartedId: started.id, timestamp: stamp(clock), willBeRetried: retried } });
    }
  }
  body.push({ testRunFinished: { timestamp: stamp(clock), success: false } });
  return [...head, ...body] as Envelope[];
}
