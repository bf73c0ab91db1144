// The parts of the standard @cucumber/messages envelopes the assurance report reads. Declared here,
// structurally, so the report depends on the message protocol rather than on one library version.

export interface MessageTimestamp {
  readonly seconds: number;
  readonly nanos: number;
}

export interface Meta {
  readonly protocolVersion?: string;
  readonly implementation?: { readonly name: string; readonly version?: string };
  readonly runtime?: { readonly name: string; readonly version?: string };
  readonly os?: { readonly name: string; readonly version?: string };
}

export interface GherkinDocument {
  readonly uri?: string;
  readonly feature?: { readonly name: string; readonly keyword?: string };
}

export interface PickleStep {
  readonly id: string;
  readonly text: string;
  /** Context (Given), Action (When), Outcome (Then) or Unknown. */
  readonly type?: string;
}

export interface Pickle {
  readonly id: string;
  readonly uri: string;
  readonly name: string;
  readonly location?: { readonly line: number };
  readonly tags: readonly { readonly name: string }[];
  readonly steps: readonly PickleStep[];
}

export interface TestStep {
  readonly id: string;
  readonly pickleStepId?: string;
  readonly hookId?: string;
}

export interface TestCase {
  readonly id: string;
  readonly pickleId: string;
  readonly testSteps: readonly TestStep[];
}

export interface TestCaseStarted {
  readonly id: string;
  readonly testCaseId: string;
  readonly attempt?: number;
  readonly timestamp: MessageTimestamp;
}

/** PASSED, FAILED, PENDING, SKIPPED, UNDEFINED, AMBIGUOUS or UNKNOWN. */
export interface TestStepResult {
  readonly status: string;
  readonly duration?: MessageTimestamp;
  readonly message?: string;
  readonly exception?: { readonly type: string; readonly message?: string };
}

export interface TestStepFinished {
  readonly testCaseStartedId: string;
  readonly testStepId: string;
  readonly testStepResult: TestStepResult;
  readonly timestamp: MessageTimestamp;
}

export interface Attachment {
  readonly body: string;
  /** IDENTITY or BASE64. */
  readonly contentEncoding: string;
  readonly mediaType: string;
  readonly fileName?: string;
  readonly testCaseStartedId?: string;
  readonly testStepId?: string;
}

export interface TestCaseFinished {
  readonly testCaseStartedId: string;
  readonly timestamp: MessageTimestamp;
  readonly willBeRetried: boolean;
}

export interface CucumberEnvelope {
  readonly meta?: Meta;
  readonly gherkinDocument?: GherkinDocument;
  readonly pickle?: Pickle;
  readonly testCase?: TestCase;
  readonly testCaseStarted?: TestCaseStarted;
  readonly testStepFinished?: TestStepFinished;
  readonly attachment?: Attachment;
  readonly testCaseFinished?: TestCaseFinished;
  readonly testRunStarted?: { readonly timestamp: MessageTimestamp };
  readonly testRunFinished?: { readonly timestamp: MessageTimestamp; readonly success?: boolean };
}

export function toMillis(value: MessageTimestamp): number {
  return value.seconds * 1000 + value.nanos / 1e6;
}
