// Every HTTP exchange a run recorded, with the scenario (and attempt) it belongs to, read from the
// cucumber messages. Unlike the report, retried attempts are kept: the evidence pack holds all
// traffic the target saw.
import type { CucumberEnvelope, Pickle } from '../assurance-report/cucumber-envelope.ts';
import { readAttachment } from '../run-model/read-attachment.ts';
import type { ExchangeEvidence } from '../assurance-report/report-model.ts';

export interface ScenarioRef {
  /** One per test case attempt: `<uri>:<line>` plus `#<attempt>` when retried. */
  readonly id: string;
  readonly name: string;
  readonly startedAt: string;
}

export interface ScenarioExchange {
  readonly scenario: ScenarioRef;
  readonly exchange: ExchangeEvidence;
}

export function collectExchanges(envelopes: readonly CucumberEnvelope[]): ScenarioExchange[] {
  const pickles = new Map<string, Pickle>();
  const pickleOfCase = new Map<string, string>();
  const attempts = new Map<string, ScenarioRef>();
  const found: ScenarioExchange[] = [];
  for (const envelope of envelopes) {
    if (envelope.pickle) pickles.set(envelope.pickle.id, envelope.pickle);
    if (envelope.testCase) pickleOfCase.set(envelope.testCase.id, envelope.testCase.pickleId);
    const started = envelope.testCaseStarted;
    if (started) {
      const pickle = pickles.get(pickleOfCase.get(started.testCaseId) ?? '');
      const base = pickle ? `${pickle.uri}:${pickle.location?.line ?? 0}` : started.testCaseId;
      attempts.set(started.id, {
        id: started.attempt ? `${base}#${started.attempt + 1}` : base,
        name: pickle?.name ?? 'unknown scenario',
        startedAt: new Date(started.timestamp.seconds * 1000 + started.timestamp.nanos / 1e6).toISOString(),
      });
    }
    const attachment = envelope.attachment;
    if (!attachment) continue;
    const read = readAttachment(attachment);
    if (read.kind !== 'exchange') continue;
    const scenario = attempts.get(attachment.testCaseStartedId ?? '') ?? { id: 'outside-scenarios', name: 'outside any scenario', startedAt: read.exchange.startedAt };
    found.push({ scenario, exchange: read.exchange });
  }
  return found;
}
