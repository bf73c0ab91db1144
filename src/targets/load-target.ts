// Reads, validates and resolves a target file once per run. A broken file throws a
// TargetConfigError listing every problem.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { TargetConfig } from './target-config.ts';
import { TargetConfigError } from './target-config-error.ts';
import { resolveTarget, type ResolvedTarget } from './resolved-target.ts';
import { validateTargetConfig } from './validate-target-config.ts';

export async function loadTarget(file: string, env: NodeJS.ProcessEnv = process.env): Promise<ResolvedTarget> {
  const path = resolve(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new TargetConfigError(file, [`target: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new TargetConfigError(file, [`target: is not valid JSON (${(error as Error).message})`]);
  }
  const problems = validateTargetConfig(value, dirname(path), env);
  if (problems.length > 0) throw new TargetConfigError(file, problems);
  return resolveTarget(value as TargetConfig, dirname(path), env);
}
