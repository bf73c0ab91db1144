import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasUtf8Charset, isFhirXmlContentType, parseMediaType, quoteHeader } from './parse-media-type.ts';

test('parseMediaType lower-cases type and parameter names and unquotes values', () => {
  const cases: [string, unknown][] = [
    ['application/fhir+json', { essence: 'application/fhir+json', type: 'application', subtype: 'fhir+json', params: {} }],
    [' Application/FHIR+JSON ; Charset="UTF-8" ;q=0.5', {
      essence: 'application/fhir+json', type: 'application', subtype: 'fhir+json', params: { charset: 'UTF-8', q: '0.5' },
    }],
    ['*/*;q=0', { essence: '*/*', type: '*', subtype: '*', params: { q: '0' } }],
    ['text/plain;novalue', { essence: 'text/plain', type: 'text', subtype: 'plain', params: {} }],
    ['json', undefined],
    ['application/', undefined],
    ['a/b/c', undefined],
    ['', undefined],
  ];
  for (const [input, expected] of cases) assert.deepEqual(parseMediaType(input), expected, input);
});

test('hasUtf8Charset: absent or utf-8 in any case', () => {
  assert.equal(hasUtf8Charset(parseMediaType('application/json')!), true);
  assert.equal(hasUtf8Charset(parseMediaType('application/json;charset=UTF-8')!), true);
  assert.equal(hasUtf8Charset(parseMediaType('application/json;charset=utf8')!), false);
});

test('quoteHeader caps the echoed value at 100 characters', () => {
  assert.equal(quoteHeader('text/plain'), '"text/plain"');
  assert.equal(quoteHeader('x'.repeat(101)), `"${'x'.repeat(97)}..."`);
});

test('isFhirXmlContentType: the FHIR XML types only, any case and parameters; plain XML, JSON and none are not', () => {
  const rows: [string | null | undefined, boolean][] = [
    ['application/fhir+xml', true],
    ['Application/FHIR+XML; charset=utf-8', true],
    ['application/xml+fhir', true],
    ['application/xml', false],
    ['text/xml', false],
    ['application/fhir+json', false],
    ['', false],
    [null, false],
    [undefined, false],
  ];
  for (const [contentType, expected] of rows) assert.equal(isFhirXmlContentType(contentType), expected, String(contentType));
});
