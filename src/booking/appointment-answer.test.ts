import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fakeExchange } from '../assertions/fake-exchange.ts';
import { parseLocation, readAppointmentAnswer, sentRequestId, weakEtagVersion } from './appointment-answer.ts';

describe('parseLocation', () => {
  const table: readonly [string | undefined, unknown][] = [
    ['https://p.example/STU3/1/x/Appointment/8d1c/_history/1', { id: '8d1c', versionId: '1' }],
    ['https://p.example/STU3/1/x/Appointment/a.B-9', { id: 'a.B-9' }],
    ['Appointment/a1/_history/2', { id: 'a1', versionId: '2' }],
    ['https://p.example/STU3/1/x/Slot/a1', undefined],
    [undefined, undefined],
  ];
  for (const [location, expected] of table) it(`reads ${String(location)}`, () => assert.deepEqual(parseLocation(location), expected));
});

describe('weakEtagVersion', () => {
  const table: readonly [string | undefined, string | undefined][] = [['W/"3"', '3'], [' W/"v-2" ', 'v-2'], ['"3"', undefined], ['W/3', undefined], [undefined, undefined]];
  for (const [etag, expected] of table) it(`reads ${String(etag)}`, () => assert.equal(weakEtagVersion(etag), expected));
});

describe('readAppointmentAnswer', () => {
  const appointment = { resourceType: 'Appointment', id: 'a1', meta: { versionId: '1' }, status: 'booked' };
  it('takes the id and version from the body first', () => {
    const exchange = fakeExchange({ status: 201, body: appointment, headers: { location: 'https://p.example/b/Appointment/zz/_history/9', etag: 'W/"8"' } });
    assert.deepEqual(readAppointmentAnswer(exchange), { status: 201, resource: appointment, id: 'a1', versionId: '1', location: 'https://p.example/b/Appointment/zz/_history/9', etag: 'W/"8"' });
  });
  it('falls back on the ETag and the Location when the body says nothing', () => {
    const exchange = fakeExchange({ status: 201, body: '', headers: { location: 'https://p.example/b/Appointment/zz/_history/9', etag: 'W/"8"' } });
    assert.deepEqual([readAppointmentAnswer(exchange).id, readAppointmentAnswer(exchange).versionId], ['zz', '8']);
  });
  it('ignores a body that is not an Appointment', () => {
    assert.deepEqual(readAppointmentAnswer(fakeExchange({ status: 422, body: { resourceType: 'OperationOutcome', id: 'o1' } })), { status: 422 });
  });
  it('reads the X-Request-ID a request was sent with, whatever its casing', () => {
    assert.equal(sentRequestId(fakeExchange({ requestHeaders: { 'x-request-id': 'r-9' } })), 'r-9');
  });
});
