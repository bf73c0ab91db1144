// Converts the OperationOutcome returned by the HL7 Java validator into our messages, so that its
// findings read like the offline layers': `Appointment/contained/1/gender …`.

import type { ValidationMessage } from './validation-result.ts';

const MESSAGE_ID = 'http://hl7.org/fhir/StructureDefinition/operationoutcome-message-id';

interface Issue {
  readonly severity?: string;
  readonly code?: string;
  readonly diagnostics?: string;
  readonly details?: { readonly text?: string };
  readonly location?: readonly string[];
  readonly expression?: readonly string[];
  readonly extension?: readonly { readonly url?: string; readonly valueString?: string }[];
}

// `Bundle.entry[3].resource/*Slot/slot-1*/.status` → `Bundle/entry/3/resource/status`.
// The validator annotates resource boundaries with comments; those are dropped.
export function toSlashPath(fhirPath: string): string {
  return fhirPath
    .replace(/\/\*.*?\*\//g, '')
    .replace(/\[(\d+)\]/g, '/$1')
    .replace(/\./g, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/\/$/, '');
}

/** Messages for the outcome's error, fatal and warning issues; information issues are dropped. */
export function javaOutcomeToMessages(outcome: unknown, root: string): ValidationMessage[] {
  const issues = (outcome as { issue?: readonly Issue[] } | null)?.issue;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue: Issue): ValidationMessage[] => {
    if (issue.severity !== 'fatal' && issue.severity !== 'error' && issue.severity !== 'warning') return [];
    const where = issue.expression?.[0] ?? issue.location?.[0];
    const path = where ? toSlashPath(where) : root;
    const rule = issue.extension?.find((e) => e.url === MESSAGE_ID)?.valueString ?? issue.code ?? 'java-validator';
    const text = issue.diagnostics ?? issue.details?.text ?? issue.code ?? 'reported an issue';
    return [{
      path,
      rule,
      message: `${path} ${text}`,
      severity: issue.severity === 'warning' ? 'warning' : 'error',
      source: 'java-validator',
    }];
  });
}
