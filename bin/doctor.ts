// npm run doctor -- --target target.json [--json]
// The pre-flight check before a run against a real endpoint. Prints a checklist and the skip table
// (or, with --json, the machine-readable report). Exit 0 when nothing failed (warnings included),
// 1 when a check failed, 2 on a usage error or a defect of the doctor itself. Secrets never reach the output: the target is
// redacted and tokens are not printed.
import { parseArgs } from 'node:util';
import { diagnoseTargetFile } from '../src/doctor/diagnose-target-file.ts';
import { formatDoctorReport } from '../src/doctor/format-doctor-report.ts';

const usage = 'Usage: npm run doctor -- --target target.json [--json]';

function usageError(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

let values: { target?: string; json?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({ options: { target: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } }, strict: true }));
} catch (error) {
  usageError((error as Error).message);
}

if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
if (values.target === undefined) usageError('--target is required');

const report = await diagnoseTargetFile(values.target).catch((error: unknown) => {
  // Our own defect, not the target's: never reported as a failed check (exit 1).
  process.stderr.write(`doctor: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatDoctorReport(report));
// Not process.exit(): let stdout drain when it is a pipe. Every socket is closed by now.
process.exitCode = report.failed ? 1 : 0;
