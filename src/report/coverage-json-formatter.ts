// reports/coverage.json: obligation → scenarios → verdicts, for tools.
import { coverageFormatter } from './coverage-formatter.ts';

export default coverageFormatter((coverage) => `${JSON.stringify(coverage, null, 2)}\n`);
