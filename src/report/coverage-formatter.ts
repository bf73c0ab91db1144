// The shared body of the two coverage formatters: collect the run's messages, and when the run
// finishes, build the coverage and write it with the given renderer.
import type { Envelope } from '@cucumber/messages';
import { buildCoverage, type Coverage } from './build-coverage.ts';
import { OBLIGATIONS } from './obligations-index.ts';
import { ScenarioResultCollector } from './scenario-result-collector.ts';
import { UNTESTED_OBLIGATIONS } from './untested-obligations.ts';

export interface FormatterArgs {
  on: (type: 'message', handler: (envelope: Envelope) => void) => void;
  write: (text: string) => void;
}

export function coverageFormatter(render: (coverage: Coverage) => string) {
  return {
    type: 'formatter' as const,
    formatter({ on, write }: FormatterArgs) {
      const collector = new ScenarioResultCollector();
      on('message', (envelope) => {
        collector.update(envelope);
        if (envelope.testRunFinished) write(render(buildCoverage(OBLIGATIONS, collector.results(), UNTESTED_OBLIGATIONS, new Date())));
      });
    },
  };
}
