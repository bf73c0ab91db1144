// Reads the judgement a consumer run wrote (the verdict of judgeRecording, as JSON) for the cucumber
// World. The judgement is computed once per run from the recording; each scenario only reads it.
import { readFileSync } from 'node:fs';
import type { RecordingJudgement } from '../../mocks/domain/judge/judge-recording.ts';
import { HarnessDefect } from '../verdict/harness-defect.ts';

export function loadJudgement(path: unknown): RecordingJudgement {
  if (typeof path !== 'string' || path === '') {
    throw new HarnessDefect('HARNESS_ERROR', 'world parameter "judgement" must name the judgement file written by consumer-assure');
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new HarnessDefect('HARNESS_ERROR', `cannot read the judgement ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const judgement = value as Partial<RecordingJudgement>;
  if (!Array.isArray(judgement.findings) || !Array.isArray(judgement.passes) || typeof judgement.requestCounts !== 'object' || judgement.requestCounts === null) {
    throw new HarnessDefect('HARNESS_ERROR', `${path} is not a consumer judgement (no findings, passes or requestCounts)`);
  }
  return judgement as RecordingJudgement;
}
