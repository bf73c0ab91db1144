// The one reader of cucumber messages: envelopes (live from runCucumber, or read back from
// messages.ndjson) → the RunModel every writer shares. Feed it envelopes as they come (update) and
// ask for the model at any time (model): mid-run, it is complete for what has finished so far.
// Only the last attempt of a retried scenario decides its verdict (earlier ones are
// `willBeRetried`), but the traffic keeps every attempt's exchanges. Exchange attachments (large:
// whole bodies) are read only when a writer asks for them, once each.
import type { Attachment, Envelope, Pickle, TestCase, TestCaseFinished, TestCaseStarted, TestStepFinished, Timestamp } from '@cucumber/messages';
import { areaOfObligation } from './area-of-obligation.ts';
import type { VerdictRecord, WarningRecord } from '../verdict/verdict.ts';
import { classifyLevel, levelOfScenario, obligationIdsOf } from '../../spec/classify-level.ts';
import { decideScenarioVerdict } from './decide-scenario-verdict.ts';
import { readAttachment } from './read-attachment.ts';
import type { LevelClass, OtherAttachment, RunModel, ScenarioExchange, ScenarioOutcome, ScenarioRef, StepOutcome } from './scenario-outcome.ts';
import { EXCHANGE_ATTACHMENT_PREFIX, type ExchangeEvidence } from '../client/exchange-attachment.ts';

const KEYWORDS: Readonly<Record<string, string>> = { Context: 'Given', Action: 'When', Outcome: 'Then' };

/** The obligations catalogue as far as levels go: `{ id, level }` rows. */
export type LevelCatalogue = readonly { readonly id: string; readonly level: string }[];

interface Attempt {
  readonly started: TestCaseStarted;
  readonly ref: ScenarioRef;
  readonly steps: Map<string, TestStepFinished>;
  /** Exchange attachments, read on demand (readExchanges). */
  readonly exchanges: Attachment[];
  readonly records: VerdictRecord[];
  readonly warnings: WarningRecord[];
  readonly attachments: OtherAttachment[];
  finished?: TestCaseFinished;
}

/** An exchange attachment read once: its evidence, or the attachment as text when it is malformed. */
type ReadExchange = { readonly exchange: ExchangeEvidence } | { readonly other: OtherAttachment };

const readExchanges = new WeakMap<Attachment, ReadExchange>();

function readExchange(attachment: Attachment): ReadExchange {
  let read = readExchanges.get(attachment);
  if (read === undefined) {
    const sorted = readAttachment(attachment);
    read = sorted.kind === 'exchange' ? { exchange: sorted.exchange } : { other: sorted.kind === 'other' ? sorted.attachment : { fileName: attachment.fileName ?? '', mediaType: attachment.mediaType, text: attachment.body } };
    readExchanges.set(attachment, read);
  }
  return read;
}

const exchangesIn = (attachments: readonly Attachment[]): ExchangeEvidence[] => attachments.flatMap((a) => { const read = readExchange(a); return 'exchange' in read ? [read.exchange] : []; });
const malformedIn = (attachments: readonly Attachment[]): OtherAttachment[] => attachments.flatMap((a) => { const read = readExchange(a); return 'other' in read ? [read.other] : []; });

export const toMillis = (value: Timestamp): number => value.seconds * 1000 + value.nanos / 1e6;
const toIso = (value: Timestamp): string => new Date(toMillis(value)).toISOString();

function stemOf(uri: string): string {
  return (uri.split('/').at(-1) ?? uri).replace(/\.feature$/, '').replace(/[^A-Za-z0-9-]+/g, '-');
}

function toSteps(testCase: TestCase, pickle: Pickle, attempt: Attempt): StepOutcome[] {
  const pickleSteps = new Map(pickle.steps.map((step) => [step.id, step]));
  let seenPickleStep = false;
  const steps: StepOutcome[] = [];
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

export class RunReader {
  readonly #levels: ReadonlyMap<string, LevelClass>;
  readonly #pickles: Pickle[] = [];
  readonly #pickleById = new Map<string, Pickle>();
  readonly #features = new Map<string, string>();
  readonly #testCases = new Map<string, TestCase>();
  readonly #testCaseOfPickle = new Map<string, TestCase>();
  readonly #attempts = new Map<string, Attempt>();
  readonly #attemptsOfTestCase = new Map<string, Attempt[]>();
  readonly #traffic: { readonly ref: ScenarioRef | undefined; readonly attachment: Attachment }[] = [];
  readonly #versions: Record<string, string> = {};
  #startedAt?: Timestamp;
  #finishedAt?: Timestamp;

  constructor(catalogue: LevelCatalogue) {
    this.#levels = new Map(catalogue.map((row) => [row.id, classifyLevel(row.level)]));
  }

  update(envelope: Envelope): void {
    const { meta, gherkinDocument, pickle, testCase, testCaseStarted, testStepFinished, attachment, testCaseFinished } = envelope;
    if (meta) this.#readMeta(envelope);
    if (gherkinDocument?.uri && gherkinDocument.feature) this.#features.set(gherkinDocument.uri, gherkinDocument.feature.name);
    if (pickle) {
      this.#pickles.push(pickle);
      this.#pickleById.set(pickle.id, pickle);
    }
    if (testCase) {
      this.#testCases.set(testCase.id, testCase);
      this.#testCaseOfPickle.set(testCase.pickleId, testCase);
    }
    if (envelope.testRunStarted) this.#startedAt = envelope.testRunStarted.timestamp;
    if (envelope.testRunFinished) this.#finishedAt = envelope.testRunFinished.timestamp;
    if (testCaseStarted) this.#start(testCaseStarted);
    if (testStepFinished) this.#attempts.get(testStepFinished.testCaseStartedId)?.steps.set(testStepFinished.testStepId, testStepFinished);
    if (attachment) this.#attach(attachment);
    if (testCaseFinished) {
      const attempt = this.#attempts.get(testCaseFinished.testCaseStartedId);
      if (attempt) attempt.finished = testCaseFinished;
    }
  }

  model(): RunModel {
    const anchors = new Set<string>();
    const scenarios = this.#pickles.map((pickle) => this.#outcome(pickle, anchors));
    const started = this.#startedAt;
    const finished = this.#finishedAt;
    const recorded = [...this.#traffic];
    return {
      scenarios,
      get traffic(): ScenarioExchange[] {
        return recorded.flatMap(({ ref, attachment }) => {
          const read = readExchange(attachment);
          return 'exchange' in read ? [{ scenario: ref ?? { id: 'outside-scenarios', name: 'outside any scenario', startedAt: read.exchange.startedAt }, exchange: read.exchange }] : [];
        });
      },
      versions: { ...this.#versions },
      ...(started ? { startedAt: toIso(started) } : {}),
      ...(finished ? { finishedAt: toIso(finished) } : {}),
      ...(started && finished ? { durationMs: Math.round(toMillis(finished) - toMillis(started)) } : {}),
      finished: finished !== undefined,
    };
  }

  #readMeta({ meta }: Envelope): void {
    if (meta?.implementation.version) this.#versions[meta.implementation.name] = meta.implementation.version;
    if (meta?.runtime.version) this.#versions[meta.runtime.name] = meta.runtime.version;
    if (meta?.protocolVersion) this.#versions['cucumber messages'] = meta.protocolVersion;
  }

  #start(started: TestCaseStarted): void {
    const pickle = this.#pickleById.get(this.#testCases.get(started.testCaseId)?.pickleId ?? '');
    const base = pickle ? `${pickle.uri}:${pickle.location?.line ?? 0}` : started.testCaseId;
    const ref = { id: started.attempt ? `${base}#${started.attempt + 1}` : base, name: pickle?.name ?? 'unknown scenario', startedAt: toIso(started.timestamp) };
    const attempt: Attempt = { started, ref, steps: new Map(), exchanges: [], records: [], warnings: [], attachments: [] };
    this.#attempts.set(started.id, attempt);
    this.#attemptsOfTestCase.set(started.testCaseId, [...(this.#attemptsOfTestCase.get(started.testCaseId) ?? []), attempt]);
  }

  #attach(attachment: Attachment): void {
    const attempt = this.#attempts.get(attachment.testCaseStartedId ?? '');
    if ((attachment.fileName ?? '').startsWith(EXCHANGE_ATTACHMENT_PREFIX)) {
      attempt?.exchanges.push(attachment);
      this.#traffic.push({ ref: attempt?.ref, attachment });
      return;
    }
    const read = readAttachment(attachment);
    if (read.kind === 'verdict') attempt?.records.push(read.record);
    else if (read.kind === 'warning') attempt?.warnings.push(read.record);
    else if (read.kind === 'other') attempt?.attachments.push(read.attachment);
  }

  #outcome(pickle: Pickle, anchors: Set<string>): ScenarioOutcome {
    const testCase = this.#testCaseOfPickle.get(pickle.id);
    const tried = testCase ? (this.#attemptsOfTestCase.get(testCase.id) ?? []) : [];
    const attempt = tried.findLast((candidate) => candidate.finished !== undefined && !candidate.finished.willBeRetried);
    const tags = pickle.tags.map((tag) => tag.name);
    const obligations = obligationIdsOf(tags);
    const steps = testCase && attempt ? toSteps(testCase, pickle, attempt) : undefined;
    const decision = decideScenarioVerdict(steps, attempt?.records ?? [], testCase !== undefined);
    const line = pickle.location?.line ?? 0;
    let anchor = `sc-${stemOf(pickle.uri)}-${line}`;
    for (let n = 2; anchors.has(anchor); n += 1) anchor = `sc-${stemOf(pickle.uri)}-${line}-${n}`;
    anchors.add(anchor);
    const startedMs = attempt ? toMillis(attempt.started.timestamp) : undefined;
    return {
      id: pickle.id,
      anchor,
      name: pickle.name,
      feature: this.#features.get(pickle.uri) ?? pickle.uri,
      uri: pickle.uri,
      line,
      tags,
      obligations,
      areas: obligations.length > 0 ? [...new Set(obligations.map(areaOfObligation))] : ['OTHER'],
      level: levelOfScenario(tags, (id) => this.#levels.get(id)),
      verdict: decision.verdict,
      ...(decision.reason ? { reason: decision.reason } : {}),
      records: attempt?.records ?? [],
      warnings: attempt?.warnings ?? [],
      steps: steps ?? pickle.steps.map((step) => ({ text: step.text, keyword: KEYWORDS[step.type ?? ''] ?? '*', status: 'NOT RUN', durationMs: 0 })),
      get exchanges(): ExchangeEvidence[] {
        return exchangesIn(attempt?.exchanges ?? []);
      },
      get attachments(): OtherAttachment[] {
        return [...(attempt?.attachments ?? []), ...malformedIn(attempt?.exchanges ?? [])];
      },
      scheduled: testCase !== undefined,
      ...(startedMs !== undefined ? { startedAt: new Date(startedMs).toISOString() } : {}),
      durationMs: attempt?.finished && startedMs !== undefined ? Math.max(0, toMillis(attempt.finished.timestamp) - startedMs) : 0,
      attempts: tried.length,
    };
  }
}

/** The model of a run whose envelopes are all at hand. */
export function readRunModel(envelopes: Iterable<Envelope>, catalogue: LevelCatalogue): RunModel {
  const reader = new RunReader(catalogue);
  for (const envelope of envelopes) reader.update(envelope);
  return reader.model();
}
