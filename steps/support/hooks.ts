// Lifecycle: each worker starts its target once (BeforeAll) and stops it (AfterAll); each scenario
// learns its tags, drains its cleanup stack (a failed cleanup is reported as a warning: it never
// changes the verdict), and — if it passed — proves it asserted on every request it made.
import { After, AfterAll, Before, BeforeAll, setDefaultTimeout, setDefinitionFunctionWrapper, setWorldConstructor, Status, type IContext } from '@cucumber/cucumber';
import { ProviderWorld } from './provider-world.ts';
import type { SuiteParameters } from './suite-parameters.ts';
import { suiteRuntime } from './suite-runtime.ts';
import { wrapWithVerdicts } from '../../src/verdict/wrap-with-verdicts.ts';

setWorldConstructor(ProviderWorld);
setDefinitionFunctionWrapper(wrapWithVerdicts);
// Requests carry their own deadlines (the target's timeouts); this only stops a stuck step.
setDefaultTimeout(120_000);

BeforeAll(async function (this: IContext<SuiteParameters>) {
  await suiteRuntime.start(this.parameters);
});

AfterAll(async function () {
  await suiteRuntime.stop();
});

Before(function (this: ProviderWorld, { pickle }) {
  this.useScenarioTags(pickle.tags.map((tag) => tag.name));
});

After(async function (this: ProviderWorld) {
  const failures = await this.cleanup.drain();
  for (const failure of failures) this.warn({ code: 'CLEANUP_FAILED', obligations: [], message: `cleanup failed: ${failure}` });
});

After(function (this: ProviderWorld, { result }) {
  if (result?.status === Status.PASSED) this.exchanges.verifyEveryExchangeAsserted();
});
