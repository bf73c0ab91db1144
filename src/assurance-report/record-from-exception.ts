// A verdict record read back from the error a step threw, for suites that do not attach verdict
// records (the consumer suite): cucumber keeps the error's class name and message, and the verdict
// errors word their messages in one stable format (see formatFailureMessage).
import type { RecordEvidence } from './report-model.ts';

export interface StepException {
  readonly type: string;
  readonly message: string;
}

const HEAD = /^((?:[A-Z]+-\d+(?:, )?)*)\s*([A-Z][A-Z0-9_]+): (.*)$/;
const DETAIL = /^ {2}(expected|actual|exchange):\s+(.*)$/;

function parseShown(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function recordFromException(exception: StepException): RecordEvidence | undefined {
  const verdict = { ConformanceFailure: 'fail', InconclusiveError: 'inconclusive', HarnessDefect: 'inconclusive' }[exception.type];
  if (!verdict) return undefined;
  const [first = '', ...rest] = exception.message.split('\n');
  const head = HEAD.exec(first);
  if (!head) return { verdict, code: 'HARNESS_ERROR', message: first, obligations: [] };
  const details: Record<string, unknown> = {};
  for (const line of rest) {
    const detail = DETAIL.exec(line);
    if (detail) details[detail[1]] = detail[1] === 'exchange' ? detail[2] : parseShown(detail[2]);
  }
  // An inconclusive message names its exchange in brackets: "CODE: reason (exchange x-1)".
  const bracketed = verdict === 'inconclusive' ? /^(.*) \(exchange ([^)]+)\)$/.exec(head[3]) : null;
  return {
    verdict,
    code: head[2],
    message: bracketed ? bracketed[1] : head[3],
    obligations: head[1] ? head[1].split(', ') : [],
    ...('expected' in details ? { expected: details.expected } : {}),
    ...('actual' in details ? { actual: details.actual } : {}),
    ...(typeof details.exchange === 'string' ? { exchangeId: details.exchange } : bracketed ? { exchangeId: bracketed[2] } : {}),
  };
}
