// JUnit XML through cucumber's own JUnit printer, with one change: an inconclusive scenario (a
// "pending" step) is written as skipped with its reason, not as a failure, so CI dashboards never
// count our network trouble as the supplier's defect. Conformance failures stay failures.
import { Status } from '@cucumber/cucumber';
import type { Envelope } from '@cucumber/messages';
import { JUnitXmlPrinter } from '@cucumber/junit-xml-formatter';
import { VERDICT_ATTACHMENT, type VerdictRecord } from '../verdict/verdict.ts';

/**
 * Rewrites pending step results as skipped, and gives every skipped step of a scenario the reason
 * its verdict record states (the printer reports one step's result per test case).
 */
export function inconclusiveAsSkipped(): (envelope: Envelope) => Envelope {
  const reasons = new Map<string, string>();
  return (envelope) => {
    const { attachment, testStepFinished } = envelope;
    if (attachment?.fileName === VERDICT_ATTACHMENT && attachment.testCaseStartedId) {
      const record = JSON.parse(attachment.body) as VerdictRecord;
      if (record.verdict !== 'fail') reasons.set(attachment.testCaseStartedId, `${record.verdict.toUpperCase()} ${record.code}: ${record.message}`);
    }
    const status = testStepFinished?.testStepResult.status;
    if (!testStepFinished || (status !== Status.PENDING && status !== Status.SKIPPED)) return envelope;
    const reason = reasons.get(testStepFinished.testCaseStartedId) ?? (status === Status.PENDING ? 'INCONCLUSIVE' : undefined);
    if (reason === undefined) return envelope;
    return { testStepFinished: { ...testStepFinished, testStepResult: { ...testStepFinished.testStepResult, status: Status.SKIPPED, message: reason } } };
  };
}

export default {
  type: 'formatter',
  optionsKey: 'junit',
  formatter({ on, write, options }: { on: (type: 'message', handler: (envelope: Envelope) => void) => void; write: (text: string) => void; options: { suiteName?: string } }) {
    const printer = new JUnitXmlPrinter({ suiteName: options.suiteName ?? 'Provider assurance' }, write);
    const transform = inconclusiveAsSkipped();
    on('message', (envelope) => printer.update(transform(envelope)));
  },
};
