// The doctor from a target file: load it as a run would, and diagnose the endpoint only when the
// file is usable. A broken file is the one failure that stops everything else.
import { checkTargetFile } from './check-target-file.ts';
import type { DoctorReport } from './doctor-report.ts';
import { runDoctor, type DoctorDeps } from './run-doctor.ts';

export interface DiagnoseOptions extends Omit<DoctorDeps, 'earlierChecks'> {
  /** Where `tls.passphraseEnv` is looked up; the process environment when absent. */
  readonly env?: NodeJS.ProcessEnv;
}

export async function diagnoseTargetFile(file: string, options: DiagnoseOptions = {}): Promise<DoctorReport> {
  const { env, ...deps } = options;
  const loaded = await checkTargetFile(file, env);
  if (!loaded.target) {
    return { checkedAt: new Date((deps.nowMs ?? Date.now)()).toISOString(), checks: loaded.checks, scenarioGroups: [], failed: true };
  }
  return runDoctor(loaded.target, { ...deps, earlierChecks: loaded.checks });
}
