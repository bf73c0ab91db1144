// One World per consumer scenario: the judged recording (read-only) and the single assertion helper.
// The judgement is computed once per run from the recorded traffic; scenarios never send requests.
import { setDefinitionFunctionWrapper, setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import type { Interaction } from '../../spec/interactions.ts';
import type { RecordingJudgement } from '../../mocks/domain/judge/judge-recording.ts';
import { expectConsumerObligation } from '../../src/consumer/expect-consumer-obligation.ts';
import { loadJudgement } from '../../src/consumer/load-judgement.ts';
import { wrapWithVerdicts } from '../../src/verdict/wrap-with-verdicts.ts';

export interface ConsumerSuiteParameters {
  /** Path of the judgement JSON written by `consumer-assure`. */
  readonly judgement: string;
}

export class ConsumerWorld extends World<ConsumerSuiteParameters> {
  readonly judgement: RecordingJudgement;

  constructor(options: IWorldOptions<ConsumerSuiteParameters>) {
    super(options);
    this.judgement = loadJudgement(options.parameters.judgement);
  }

  /** Throws the verdict (failure, or skipped when the recording does not exercise the obligation). */
  expect(obligation: string, interaction?: Interaction): void {
    expectConsumerObligation(this.judgement, obligation, interaction === undefined ? {} : { interaction }, (data, options) => this.attach(data, options));
  }
}

setWorldConstructor(ConsumerWorld);
// Verdicts are recorded as in the provider suite: a verdict attachment per non-passing step.
setDefinitionFunctionWrapper(wrapWithVerdicts);
