// The measured side of bench/har-replay.ts: parse one HAR file and judge it (structural validation
// included, as `consumer-assure --replay` does), then print the figures as JSON.
import { readFileSync } from 'node:fs';
import { judgeRecording } from '../mocks/domain/judge/judge-recording.ts';
import { parseHar } from '../src/consumer/parse-har.ts';
import { judgeContextOf } from '../src/consumer/provider-facts-of.ts';
import { resolveReplayFacts } from '../src/consumer/resolve-replay-facts.ts';
import { createSchemaStructuralValidator } from '../src/consumer/schema-structural-validator.ts';

const validate = createSchemaStructuralValidator();
const started = performance.now();
const har = parseHar(readFileSync(process.argv[2], 'utf8'));
const parsed = performance.now();
const judgement = judgeRecording(har.exchanges, judgeContextOf(resolveReplayFacts(har), validate));
const judged = performance.now();
process.stdout.write(JSON.stringify({
  parseMs: parsed - started,
  judgeMs: judged - parsed,
  heapUsedMB: process.memoryUsage().heapUsed / 1e6,
  maxRssMB: process.resourceUsage().maxRSS / 1e3,
  findings: judgement.findings.length,
}));
