import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_JSON_DEPTH, parseJsonBody } from './parse-json-body.ts';

const nested = (depth: number, open = '{"a":', close = '}') => `${open.repeat(depth)}1${close.repeat(depth)}`;
const TOO_DEEP = { ok: false, problem: { code: 'BAD_BODY', diagnostics: `The request body nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep` } };
const NOT_JSON = { ok: false, problem: { code: 'BAD_BODY', diagnostics: 'The request body is not valid JSON' } };

test('BOOK-19: JSON is parsed up to the nesting bound, and a deeper body is a clear 400', () => {
  assert.deepEqual(parseJsonBody('{"resourceType":"Appointment"}'), { ok: true, body: { resourceType: 'Appointment' } });
  assert.equal(parseJsonBody(nested(MAX_JSON_DEPTH)).ok, true);
  assert.deepEqual(parseJsonBody(nested(MAX_JSON_DEPTH + 1)), TOO_DEEP);
  assert.deepEqual(parseJsonBody(nested(5_000, '[', ']')), TOO_DEEP);
  assert.deepEqual(parseJsonBody(`{"x":[${nested(100)}]}`), TOO_DEEP);
  assert.deepEqual(parseJsonBody('{"x":'), NOT_JSON);
  assert.deepEqual(parseJsonBody(''), NOT_JSON);
});

test('brackets inside strings, escaped quotes included, do not count as nesting', () => {
  const text = JSON.stringify({ text: '[[[[{{{{'.repeat(50), quoted: '\\"[[[[' + '{'.repeat(200) });
  assert.deepEqual(parseJsonBody(text), { ok: true, body: JSON.parse(text) });
  assert.equal(parseJsonBody(nested(3), 2).ok, false);
  assert.equal(parseJsonBody(nested(2), 2).ok, true);
});
