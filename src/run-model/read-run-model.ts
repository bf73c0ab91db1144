// Envelopes → one ScenarioReport per test case, in run order: its steps with statuses, the evidence
// attached to it and its verdict. Only the last attempt of a retried scenario counts (the earlier
// ones are `willBeRetried`), but the number of attempts is shown.
import { areaOfObligation } from '../assurance-report/area-of-obligation.ts';
import { toMillis, type Attachment, type CucumberEnvelope, type Pickle, type TestCase, type TestCaseFinished, type TestCaseStarted, type TestStepFinished } from '../assurance-report/cucumber-envelope.ts';
import { decideScenarioVerdict } from './decide-scenario-verdict.ts';
import { readAttachment } from './read-attachment.ts';
import { recordFromException } from '../assurance-report/record-from-exception.ts';
import type { ExchangeEvidence, LevelClass, OtherAttachment, RecordEvidence, ScenarioReport, StepEvidence } from '../assurance-report/report-model.ts';

const OBLIGATION_TAG = /^@([A-Z]+-\d+)$/;
const LEVEL_TAGS: Readonly<Record<string, LevelClass>> = { '@must': 'MUST', '@should': 'SHOULD', '@may': 'MAY' };
const KEYWORDS: Readonly<Record<string, string>> = { Context: 'Given', Action: 'When', Outcome: 'Then' };
const LEVEL_ORDER: readonly LevelClass[] = ['MUST', 'SHOULD', 'MAY'];

interface Attempt {
  readonly started: TestCaseStarted;
  readonly steps: Map<string, TestStepFinished>;
  readonly attachments: Attachment[];
  finished?: TestCaseFinished;
}

/** The level a scenario counts under: its `@must`/`@should` tag, else the strongest level of its obligations. */
function levelOfScenario(tags: readonly string[], obligations: readonly string[], levelOf: (id: string) => LevelClass | undefined): LevelClass {
  const tagged = tags.map((tag) => LEVEL_TAGS[tag.toLowerCase()]).filter((level) => level !== undefined);
  const known = [...tagged, ...(tagged.length > 0 ? [] : obligations.map(levelOf).filter((level) => level !== undefined))];
  return LEVEL_ORDER.find((level) => known.includes(level)) ?? 'MAY';
}

function stemOf(uri: string): string {
  return (uri.split('/').at(-1) ?? uri).replace(/\.feature$/, '').replace(/[^A-Za-z0-9-]+/g, '-');
}

function groupAttempts(envelopes: readonly CucumberEnvelope[]): Map<string, Attempt[]> {
  const byStartedId = new Map<string, Attempt>();
  const byTestCase = new Map<string, Attempt[]>();
  for (const envelope of envelopes) {
    if (envelope.testCaseStarted) {
      const attempt: Attempt = { started: envelope.testCaseStarted, steps: new Map(), attachments: [] };
      byStartedId.set(attempt.started.id, attempt);
      byTestCase.set(attempt.started.testCaseId, [...(byTestCase.get(attempt.started.testCaseId) ?? []), attempt]);
    }
    const finished = envelope.testStepFinished;
    if (finished) byStartedId.get(finished.testCaseStartedId)?.steps.set(finished.testStepId, finished);
    const attachment = envelope.attachment;
    if (attachment?.testCaseStartedId) byStartedId.get(attachment.testCaseStartedId)?.attachments.push(attachment);
    const caseFinished = envelope.testCaseFinished;
    if (caseFinished) {
      const attempt = byStartedId.get(caseFinished.testCaseStartedId);
      if (attempt) attempt.finished = caseFinished;
    }
  }
  return byTestCase;
}

function toSteps(testCase: TestCase, pickle: Pickle, attempt: Attempt): StepEvidence[] {
  const pickleSteps = new Map(pickle.steps.map((step) => [step.id, step]));
  let seenPickleStep = false;
  const steps: StepEvidence[] = [];
  for (const testStep of testCase.testSteps) {
    const result = attempt.steps.get(testStep.id)?.testStepResult;
    const pickleStep = testStep.pickleStepId ? pickleSteps.get(testStep.pickleStepId) : undefined;
    seenPickleStep ||= pickleStep !== undefined;
    const status = result?.status ?? 'UNKNOWN';
    // A passing hook is plumbing; one that did not pass explains the verdict and is shown.
    if (!pickleStep && status === 'PASSED') continue;
    steps.push({
      text: pickleStep ? pickleStep.text : seenPickleStep ? 'After hook' : 'Before hook',
      keyword: pickleStep ? (KEYWORDS[pickleStep.type ?? ''] ?? '*') : 'Hook',
      status,
      durationMs: result?.duration ? toMillis(result.duration) : 0,
      ...(result?.message ? { message: result.message } : {}),
      ...(result?.exception ? { exception: { type: result.exception.type, message: result.exception.message ?? '' } } : {}),
    });
  }
  return steps;
}

const NOT_RUN: RecordEvidence = { verdict: 'skipped', code: 'SKIPPED_NOT_RUN', message: 'not selected for this run', obligations: [] };

export function collectScenarios(envelopes: readonly CucumberEnvelope[], levelOf: (id: string) => LevelClass | undefined): ScenarioReport[] {
  const pickles: Pickle[] = [];
  const features = new Map<string, string>();
  const testCaseOfPickle = new Map<string, TestCase>();
  for (const envelope of envelopes) {
    if (envelope.pickle) pickles.push(envelope.pickle);
    if (envelope.gherkinDocument?.uri && envelope.gherkinDocument.feature) features.set(envelope.gherkinDocument.uri, envelope.gherkinDocument.feature.name);
    if (envelope.testCase) testCaseOfPickle.set(envelope.testCase.pickleId, envelope.testCase);
  }
  const attempts = groupAttempts(envelopes);
  const anchors = new Set<string>();
  return pickles.map((pickle) => {
    const testCase = testCaseOfPickle.get(pickle.id);
    const tried = testCase ? (attempts.get(testCase.id) ?? []) : [];
    // Cucumber emits every pickle but starts only the selected ones: the rest did not run.
    const attempt = tried.findLast((candidate) => candidate.finished?.willBeRetried !== true) ?? tried.at(-1);
    const tags = pickle.tags.map((tag) => tag.name);
    const obligations = [...new Set(tags.flatMap((tag) => OBLIGATION_TAG.exec(tag)?.[1] ?? []))];
    const exchanges: ExchangeEvidence[] = [];
    const records: RecordEvidence[] = [];
    const warnings: RecordEvidence[] = [];
    const attachments: OtherAttachment[] = [];
    for (const read of (attempt?.attachments ?? []).map(readAttachment)) {
      if (read.kind === 'exchange') exchanges.push(read.exchange);
      else if (read.kind === 'verdict') records.push(read.record);
      else if (read.kind === 'warning') warnings.push(read.record);
      else attachments.push(read.attachment);
    }
    const steps: StepEvidence[] = testCase && attempt ? toSteps(testCase, pickle, attempt) : pickle.steps.map((step) => ({ text: step.text, keyword: KEYWORDS[step.type ?? ''] ?? '*', status: 'NOT RUN', durationMs: 0 }));
    // Suites without verdict attachments still throw the verdict errors; read those back instead.
    if (!records.some((record) => record.verdict === 'fail' || record.verdict === 'inconclusive')) {
      records.push(...steps.flatMap((step) => (step.exception ? (recordFromException(step.exception) ?? []) : [])));
    }
    const decision = attempt ? decideScenarioVerdict(steps, records) : { verdict: 'skipped' as const, reason: NOT_RUN };
    const line = pickle.location?.line ?? 0;
    let anchor = `sc-${stemOf(pickle.uri)}-${line}`;
    for (let n = 2; anchors.has(anchor); n += 1) anchor = `sc-${stemOf(pickle.uri)}-${line}-${n}`;
    anchors.add(anchor);
    const startedMs = attempt ? toMillis(attempt.started.timestamp) : undefined;
    return {
      anchor,
      name: pickle.name,
      feature: features.get(pickle.uri) ?? pickle.uri,
      uri: pickle.uri,
      line,
      tags,
      obligations,
      areas: obligations.length > 0 ? [...new Set(obligations.map(areaOfObligation))] : ['OTHER'],
      level: levelOfScenario(tags, obligations, levelOf),
      verdict: decision.verdict,
      ...(decision.reason ? { reason: decision.reason } : {}),
      records,
      warnings,
      steps,
      exchanges,
      attachments,
      ...(startedMs !== undefined ? { startedAt: new Date(startedMs).toISOString() } : {}),
      durationMs: attempt?.finished && startedMs !== undefined ? Math.max(0, toMillis(attempt.finished.timestamp) - startedMs) : 0,
      attempts: tried.length,
    };
  });
}
