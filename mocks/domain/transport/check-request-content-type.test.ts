import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRequestContentType } from './check-request-content-type.ts';

test('HTTP-06: request bodies must be FHIR JSON in UTF-8', async (t) => {
  const SEND = 'send application/fhir+json;charset=utf-8 (HTTP-06)';
  const cases: [string | null, string | undefined][] = [
    ['application/fhir+json;charset=utf-8', undefined],
    ['application/fhir+json; charset=utf-8', undefined],
    ['application/fhir+json', undefined],
    ['Application/FHIR+JSON;Charset=UTF-8', undefined],
    ['application/fhir+json;charset="utf-8"', undefined],
    ['application/json+fhir;charset=utf-8', undefined],
    ['application/json', undefined],
    [null, `The request has a body but no Content-Type; ${SEND}`],
    ['', `The request has a body but no Content-Type; ${SEND}`],
    ['application/xml', `XML request bodies (Content-Type "application/xml") are not supported by this provider; ${SEND}`],
    ['application/fhir+xml;charset=utf-8',
      `XML request bodies (Content-Type "application/fhir+xml;charset=utf-8") are not supported by this provider; ${SEND}`],
    ['text/plain', `The Content-Type "text/plain" is not supported; ${SEND}`],
    ['application/x-www-form-urlencoded', `The Content-Type "application/x-www-form-urlencoded" is not supported; ${SEND}`],
    ['json', `The Content-Type "json" is not a media type; ${SEND}`],
    ['application/fhir+json;charset=iso-8859-1',
      'The Content-Type charset "iso-8859-1" is not supported; request bodies must be UTF-8 (HTTP-06, HTTP-07)'],
    ['application/fhir+json;charset=utf-16',
      'The Content-Type charset "utf-16" is not supported; request bodies must be UTF-8 (HTTP-06, HTTP-07)'],
  ];
  for (const [contentType, diagnostics] of cases) {
    await t.test(String(contentType), () => assert.deepEqual(
      checkRequestContentType(contentType),
      diagnostics === undefined ? undefined : { code: 'UNSUPPORTED_MEDIA_TYPE', diagnostics },
    ));
  }
});

test('HTTP-06: FHIR XML bodies are read where XML is served; plain XML is not FHIR XML', () => {
  const both = ['json', 'xml'] as const;
  assert.equal(checkRequestContentType('application/fhir+xml;charset=utf-8', both), undefined);
  assert.equal(checkRequestContentType('application/xml+fhir', both), undefined);
  assert.deepEqual(checkRequestContentType('application/xml', both), {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    diagnostics: 'XML request bodies (Content-Type "application/xml") are not supported by this provider; send application/fhir+json;charset=utf-8 (HTTP-06)',
  });
  assert.deepEqual(checkRequestContentType('application/fhir+xml;charset=iso-8859-1', both), {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    diagnostics: 'The Content-Type charset "iso-8859-1" is not supported; request bodies must be UTF-8 (HTTP-06, HTTP-07)',
  });
});
