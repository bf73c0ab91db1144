// The measured side of bench/har-replay.ts: read one HAR file (streamed when large) and judge it
// (structural validation included, as `consumer-assure --replay` does), then print the figures as JSON.
// A streamed file is read once through to check it (parseMs) and again as it is judged (in judgeMs).
import { judgeRecording } from '../mocks/domain/judge/judge-recording.ts';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { readHarFile } from '../src/consumer/read-har-file.ts';
import { judgeContextOf } from '../src/consumer/provider-facts-of.ts';
import { resolveReplayFacts } from '../src/consumer/resolve-replay-facts.ts';
import { createSchemaStructuralValidator } from '../src/consumer/schema-structural-validator.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const validate = createSchemaStructuralValidator();
const cpu = process.cpuUsage();
const started = performance.now();
const har = readHarFile(process.argv[2]);
const parsed = performance.now();
const judgement = judgeRecording(har.exchanges, judgeContextOf(resolveReplayFacts(har), validate));
const judged = performance.now();
const used = process.cpuUsage(cpu);
process.stdout.write(JSON.stringify({
  parseMs: parsed - started,
  judgeMs: judged - parsed,
  // CPU time of this process: the figure a shared machine disturbs least.
  cpuMs: (used.user + used.system) / 1000,
  heapUsedMB: process.memoryUsage().heapUsed / 1e6,
  // What the recording and its judgement keep, garbage collected.
  retainedMB: (gc(), process.memoryUsage().heapUsed / 1e6),
  maxRssMB: process.resourceUsage().maxRSS / 1e3,
  exchanges: judgement.exchanges,
  findings: judgement.findings.length,
  passedChecks: judgement.passes.reduce((sum, p) => sum + p.seqs.length, 0),
}));
