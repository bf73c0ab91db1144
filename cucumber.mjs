// Cucumber configuration of the provider assurance suite. `npm run assure` (bin/assure.ts) runs it
// through cucumber's API and adds the target, tags and parallelism; `npx cucumber-js` works too
// (ASSURE_TARGET=<target file> points it at a real endpoint; the embedded mock otherwise).
// Step files are TypeScript, loaded natively by Node (type stripping): no transpiler. In the built
// package (dist/) the same profile finds the compiled JavaScript instead.
import { existsSync } from 'node:fs';

const ext = existsSync(new URL('./steps/support/suite-runtime.ts', import.meta.url)) ? 'ts' : 'js';

export default {
  paths: ['features/provider/**/*.feature'],
  // The provider suite's steps only (steps/consumer/ belongs to the consumer suite).
  import: [`steps/*.steps.${ext}`, `steps/support/*.${ext}`],
  format: [
    'progress',
    'html:reports/cucumber.html',
    'message:reports/messages.ndjson',
    'rerun:reports/rerun.txt',
  ],
  // coverage.json, coverage.md, junit.xml, the assurance report and the evidence pack are written by
  // `npm run assure` from one run model (src/run-model); after a plain `npx cucumber-js`,
  // `npm run evidence-pack` writes them from reports/messages.ndjson.
  // Inconclusive scenarios are "pending"; they must not fail the cucumber run by themselves
  // (the exit code of `npm run assure` is decided from the verdicts).
  strict: false,
  worldParameters: process.env.ASSURE_TARGET ? { target: process.env.ASSURE_TARGET } : {},
};
