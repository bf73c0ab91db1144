import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRequestPath } from './check-request-path.ts';
import { decodePathSegment } from './decode-path-segment.ts';

test('decodePathSegment decodes, and answers undefined for malformed percent-encoding', () => {
  assert.equal(decodePathSegment('a%20b'), 'a b');
  assert.equal(decodePathSegment('caf%C3%A9'), 'café');
  for (const bad of ['%', '%zz', '%ED%A0%80', '%E0%A4%A', 'x%']) assert.equal(decodePathSegment(bad), undefined, bad);
});

test('checkRequestPath refuses malformed encoding, dot-segments and encoded separators in every segment', () => {
  const accepted = [
    '/', '/metadata', '/STU3/1/careconnect/booking/Slot?start=%zz', '/Appointment/abc-1.2/_history/1',
    '/https://mock.test/STU3/1/Slot', '/_admin/state', '/Appointment/a%20b', '/Appointment/...',
  ];
  for (const path of accepted) assert.equal(checkRequestPath(path), undefined, path);
  const refused: [string, string][] = [
    ['/Appointment/%', 'Path segment 2 ("%") is not valid percent-encoding'],
    ['/Appointment/%zz', 'Path segment 2 ("%zz") is not valid percent-encoding'],
    ['/%ED%A0%80/Slot', 'Path segment 1 ("%ED%A0%80") is not valid percent-encoding'],
    ['/base/../_admin/reset', 'Path segment 2 ("..") is a dot-segment; send the path without . or ..'],
    ['/base/%2e%2e/%2E%2E/_admin/reset', 'Path segment 2 ("%2e%2e") is a dot-segment; send the path without . or ..'],
    ['/base/./Slot', 'Path segment 2 (".") is a dot-segment; send the path without . or ..'],
    ['/base/.%2e/Slot', 'Path segment 2 (".%2e") is a dot-segment; send the path without . or ..'],
    ['/base/..%2f_admin/reset', 'Path segment 2 ("..%2f_admin") holds an encoded or backslash path separator'],
    ['/base/%5C_admin', 'Path segment 2 ("%5C_admin") holds an encoded or backslash path separator'],
    ['/base\\..\\_admin', 'Path segment 1 ("base\\\\..\\\\_admin") holds an encoded or backslash path separator'],
  ];
  for (const [path, diagnostics] of refused) assert.deepEqual(checkRequestPath(path), { code: 'BAD_PATH', diagnostics }, path);
});
