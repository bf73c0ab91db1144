// reports/coverage.md: obligation → scenarios → verdicts, for people.
import { coverageFormatter } from './coverage-formatter.ts';
import { renderCoverageMarkdown } from './render-coverage-markdown.ts';

export default coverageFormatter(renderCoverageMarkdown);
