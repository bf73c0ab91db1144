// SLOT-25: a successful search answers 200 with a FHIR JSON Bundle of type searchset, whose every
// entry has an absolute fullUrl; a self link SHOULD be there (warning when it is not). A failure
// also names the obligations the scenario checks: a provider that refuses a search for what the
// scenario exercises (no start bound, an unknown include, a token without a practitioner) breaks
// those, and SLOT-25 alone would blame the Bundle.
import type { Exchange } from '../client/exchange.ts';
import { askedFormat, expectFhirContentType } from './expect-fhir-content-type.ts';
import { expectStatus } from './expect-status.ts';
import { fail, type Warn } from '../verdict/fail.ts';
import { readSearchset, searchsetObligations, type SearchsetView } from '../fhir/searchset-view.ts';

const ABSOLUTE = /^(https?:\/\/[^/]+\/.+|urn:uuid:[0-9a-f-]{36})$/i;

export function expectSearchsetBundle(exchange: Exchange, warn: Warn, scenarioObligations: readonly string[] = []): SearchsetView {
  const obligations = searchsetObligations(scenarioObligations);
  expectStatus(exchange, [200], obligations);
  // The label first: a body in another format than the one asked for fails on that, not on its parse.
  expectFhirContentType(exchange, askedFormat(exchange), obligations, warn);
  const view = readSearchset(exchange, obligations);
  if (view.bundle.type !== 'searchset') {
    fail(exchange, { code: 'NOT_SEARCHSET', obligations, reason: `Bundle.type is ${JSON.stringify(view.bundle.type)}`, expected: 'searchset', actual: view.bundle.type ?? null });
  }
  const relative = view.entries.filter((entry) => typeof entry.fullUrl !== 'string' || !ABSOLUTE.test(entry.fullUrl));
  if (relative.length > 0) {
    fail(exchange, { code: 'FULLURL_NOT_ABSOLUTE', obligations, reason: `${relative.length} entries have no absolute fullUrl`, expected: 'an absolute URL on every entry', actual: relative.map((entry) => `entry[${entry.index}]: ${JSON.stringify(entry.fullUrl)}`) });
  }
  const links = Array.isArray(view.bundle.link) ? (view.bundle.link as { relation?: unknown }[]) : [];
  if (!links.some((link) => link.relation === 'self')) {
    warn({ code: 'NO_SELF_LINK', obligations: ['SLOT-25'], message: 'the Bundle has no link with relation "self"', exchangeId: exchange.id });
  }
  return view;
}
