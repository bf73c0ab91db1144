// The target file, loaded exactly as a run loads it (loadTarget: JSON Schema plus the rules a
// schema cannot say). Every problem names its field; problems with TLS files also fail the TLS
// check, so "missing key" shows up where someone looking for TLS trouble reads.
import { loadTarget } from '../targets/load-target.ts';
import type { ResolvedTarget } from '../targets/resolved-target.ts';
import { TargetConfigError } from '../targets/target-config-error.ts';
import { makeCheck, type DoctorCheck } from './doctor-report.ts';

export interface TargetFileResult {
  readonly checks: readonly DoctorCheck[];
  /** Present only when the file is valid. */
  readonly target?: ResolvedTarget;
}

const TITLE = 'Target file is valid';

export async function checkTargetFile(file: string, env: NodeJS.ProcessEnv = process.env): Promise<TargetFileResult> {
  try {
    const target = await loadTarget(file, env);
    return { target, checks: [makeCheck('target.file', TITLE, 'ok', { detail: `${file}: "${target.config.name}", ${target.config.baseUrl}` })] };
  } catch (error) {
    if (!(error instanceof TargetConfigError)) throw error;
    const problems = error.problems;
    const tlsProblems = problems.filter((problem) => problem.startsWith('target.tls.'));
    const checks = [
      makeCheck('target.file', TITLE, 'fail', {
        detail: `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.join('; ')}`,
        remedy: 'Fix each field named above (paths of TLS files are relative to the target file); nothing else is checked until the file loads.',
      }),
      ...(tlsProblems.length > 0
        ? [makeCheck('tls.material', 'TLS client certificate, key and CA', 'fail', { detail: tlsProblems.join('; '), remedy: 'Point the named tls field at an existing PEM file, or set the named environment variable.', obligations: ['SSP-09'] })]
        : []),
    ];
    return { checks };
  }
}
