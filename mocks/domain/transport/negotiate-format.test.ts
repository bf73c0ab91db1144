import { test } from 'node:test';
import assert from 'node:assert/strict';
import { negotiateFormat } from './negotiate-format.ts';
import type { FormatRequest } from './negotiate-format.ts';

const request = (over: Partial<FormatRequest>): FormatRequest => ({ accept: null, format: null, contentType: null, method: 'GET', served: ['json'], ...over });
const withXml = (over: Partial<FormatRequest>): FormatRequest => request({ served: ['json', 'xml'], ...over });
const XML_OK = { ok: true, format: 'xml' };
const JSON_OK = { ok: true, format: 'json' };
const badFormat = (diagnostics: string) => ({ ok: false, problem: { code: 'UNSUPPORTED_FORMAT', diagnostics } });
const SERVED = 'this provider serves application/fhir+json only (HTTP-05)';

test('negotiateFormat: _format, then Accept, then Content-Type, else JSON', async (t) => {
  const cases: [string, Partial<FormatRequest>, unknown][] = [
    // HTTP-04
    ['bare GET', {}, JSON_OK],
    ['blank Accept counts as absent', { accept: ' ' }, JSON_OK],
    // HTTP-02: _format values and override of Accept
    ['_format=json', { format: 'json' }, JSON_OK],
    ['_format=JSON', { format: 'JSON' }, JSON_OK],
    ['_format=application/fhir+json', { format: 'application/fhir+json' }, JSON_OK],
    ['_format with an undecoded +', { format: 'application/fhir json' }, JSON_OK],
    ['_format=application/json', { format: 'application/json' }, JSON_OK],
    ['_format=application/json+fhir', { format: 'application/json+fhir' }, JSON_OK],
    ['_format with charset', { format: 'application/fhir+json; charset=UTF-8' }, JSON_OK],
    ['_format=json overrides Accept xml', { format: 'json', accept: 'application/fhir+xml' }, JSON_OK],
    ['_format=xml overrides Accept json', { format: 'xml', accept: 'application/fhir+json' },
      badFormat(`The requested _format "xml" is not supported; ${SERVED}`)],
    ['_format=application/fhir+xml', { format: 'application/fhir+xml' },
      badFormat(`The requested _format "application/fhir+xml" is not supported; ${SERVED}`)],
    ['_format=text/turtle', { format: 'text/turtle' }, badFormat(`The requested _format "text/turtle" is not supported; ${SERVED}`)],
    ['_format=ttl', { format: 'ttl' }, badFormat(`The requested _format "ttl" is not supported; ${SERVED}`)],
    ['_format in latin-1', { format: 'application/fhir+json;charset=iso-8859-1' },
      badFormat(`The requested _format "application/fhir+json;charset=iso-8859-1" is not supported; ${SERVED}`)],
    ['empty _format is ignored', { format: '', accept: 'application/fhir+json' }, JSON_OK],
    // Accept
    ['Accept fhir+json with charset', { accept: 'application/fhir+json;charset=utf-8' }, JSON_OK],
    ['Accept application/json', { accept: 'application/json' }, JSON_OK],
    ['Accept */*', { accept: '*/*' }, JSON_OK],
    ['Accept application/*', { accept: 'application/*' }, JSON_OK],
    ['Accept list with xml first', { accept: 'application/fhir+xml, application/fhir+json;q=0.5' }, JSON_OK],
    ['Accept browser-style list', { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }, JSON_OK],
    ['Accept with an unreadable q', { accept: 'application/fhir+json;q=high' }, JSON_OK],
    ['Accept fhir+json excluded but json via wildcard', { accept: 'application/fhir+json;q=0, */*' }, JSON_OK],
    ['Accept every JSON type excluded', { accept: 'application/fhir+json;q=0, application/json;q=0, application/json+fhir;q=0, */*' },
      badFormat(`No media type in Accept "application/fhir+json;q=0, application/json;q=0, application/json+fhir;q=0, */*" is supported; ${SERVED}`)],
    ['Accept */*;q=0', { accept: '*/*;q=0' }, badFormat(`No media type in Accept "*/*;q=0" is supported; ${SERVED}`)],
    ['Accept fhir+xml', { accept: 'application/fhir+xml' }, badFormat(`No media type in Accept "application/fhir+xml" is supported; ${SERVED}`)],
    ['Accept application/pdf', { accept: 'application/pdf' }, badFormat(`No media type in Accept "application/pdf" is supported; ${SERVED}`)],
    ['Accept text/*', { accept: 'text/*' }, badFormat(`No media type in Accept "text/*" is supported; ${SERVED}`)],
    ['Accept JSON in latin-1', { accept: 'application/fhir+json;charset=iso-8859-1' },
      badFormat(`No media type in Accept "application/fhir+json;charset=iso-8859-1" is supported; ${SERVED}`)],
    ['Accept garbage', { accept: 'json please' }, badFormat(`No media type in Accept "json please" is supported; ${SERVED}`)],
    // HTTP-03
    ['POST JSON without Accept', { method: 'POST', contentType: 'application/fhir+json;charset=utf-8' }, JSON_OK],
    ['POST XML without Accept', { method: 'POST', contentType: 'application/fhir+xml;charset=utf-8' }, {
      ok: false,
      problem: {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        diagnostics: 'The request body is XML (Content-Type "application/fhir+xml;charset=utf-8") and neither Accept nor _format asks for JSON; this provider reads and writes application/fhir+json only (HTTP-03, HTTP-06)',
      },
    }],
    ['PUT XML with Accept JSON', { method: 'PUT', contentType: 'application/fhir+xml', accept: 'application/fhir+json' }, JSON_OK],
    ['POST text/plain without Accept is left to the Content-Type check', { method: 'POST', contentType: 'text/plain' }, JSON_OK],
    ['GET with a stray XML Content-Type', { contentType: 'application/fhir+xml' }, JSON_OK],
  ];
  for (const [name, over, expected] of cases) {
    await t.test(name, () => assert.deepEqual(negotiateFormat(request(over)), expected));
  }
});

test('negotiateFormat where XML is served too (HTTP-01..03)', async (t) => {
  const BOTH = 'this provider serves application/fhir+json and application/fhir+xml (HTTP-05)';
  const cases: [string, Partial<FormatRequest>, unknown][] = [
    ['bare GET is JSON', {}, JSON_OK],
    ['_format=xml', { format: 'xml' }, XML_OK],
    ['_format=application/fhir+xml', { format: 'application/fhir+xml' }, XML_OK],
    ['_format=application/xml+fhir', { format: 'application/xml+fhir' }, XML_OK],
    ['_format=xml overrides Accept json', { format: 'xml', accept: 'application/fhir+json' }, XML_OK],
    ['_format=json overrides Accept xml', { format: 'json', accept: 'application/fhir+xml' }, JSON_OK],
    ['Accept fhir+xml', { accept: 'application/fhir+xml' }, XML_OK],
    ['Accept prefers xml by q', { accept: 'application/fhir+json;q=0.5, application/fhir+xml' }, XML_OK],
    ['Accept */* ties go to JSON', { accept: '*/*' }, JSON_OK],
    ['browser Accept stays JSON (plain application/xml is not FHIR XML)', { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }, JSON_OK],
    ['Accept XML in latin-1 only', { accept: 'application/fhir+xml;charset=iso-8859-1' }, badFormat(`No media type in Accept "application/fhir+xml;charset=iso-8859-1" is supported; ${BOTH}`)],
    ['_format=text/turtle', { format: 'text/turtle' }, badFormat(`The requested _format "text/turtle" is not supported; ${BOTH}`)],
    ['POST XML without Accept answers XML', { method: 'POST', contentType: 'application/fhir+xml;charset=utf-8' }, XML_OK],
    ['POST plain XML is left to the Content-Type check', { method: 'POST', contentType: 'application/xml' }, JSON_OK],
  ];
  for (const [name, over, expected] of cases) {
    await t.test(name, () => assert.deepEqual(negotiateFormat(withXml(over)), expected));
  }
});

test('a very long Accept is cut short in the diagnostics', () => {
  const result = negotiateFormat(request({ accept: `text/plain, ${'x'.repeat(200)}/y` }));
  assert.equal(result.ok, false);
  if (!result.ok) assert.equal(result.problem.diagnostics, `No media type in Accept "text/plain, ${'x'.repeat(85)}..." is supported; ${SERVED}`);
});
