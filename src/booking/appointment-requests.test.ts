import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';
import { appointmentReadPath, swapCase } from './appointment-reads.ts';
import { appointmentPath, bookRequest, cancelRequest, ifMatchFor } from './appointment-requests.ts';
import { BOOKING_TRANSPORTS, malformedBookingBody } from './booking-requests.ts';

describe('appointment requests', () => {
  it('books with FHIR JSON, an optional X-Request-ID and the transport\'s changes', () => {
    assert.deepEqual(bookRequest('{}', 'booking', BOOKING_TRANSPORTS['a gzipped body'], 'r-1'), {
      interaction: 'appointment-create', method: 'POST', path: '/Appointment', label: 'booking',
      headers: { 'Content-Type': 'application/fhir+json;charset=utf-8', 'X-Request-ID': 'r-1' }, body: '{}', contentEncoding: 'gzip',
    });
    assert.deepEqual(bookRequest('{}', 'b', BOOKING_TRANSPORTS['the Content-Type text/plain']).headers, { 'Content-Type': 'text/plain' });
    assert.deepEqual(bookRequest('{}', 'b', BOOKING_TRANSPORTS['no Accept header']).headers, { 'Content-Type': 'application/fhir+json;charset=utf-8', Accept: null });
  });
  it('cancels with If-Match unless the plan drops it (CAN-08)', () => {
    assert.deepEqual(cancelRequest('a/1', { body: '{}', ifMatch: 'W/"1"' }, 'cancel'), {
      interaction: 'appointment-update', method: 'PUT', path: '/Appointment/a%2F1', label: 'cancel',
      headers: { 'Content-Type': 'application/fhir+json;charset=utf-8', 'If-Match': 'W/"1"' }, body: '{}',
    });
    assert.deepEqual(cancelRequest('a1', { body: '{}', ifMatch: null, requestId: 'r-2' }, 'c').headers, { 'Content-Type': 'application/fhir+json;charset=utf-8', 'X-Request-ID': 'r-2' });
  });
  it('names the If-Match by the ETag read, else by the version', () => {
    assert.deepEqual([ifMatchFor('W/"7"', '7'), ifMatchFor(undefined, '7'), ifMatchFor('', '7')], ['W/"7"', 'W/"7"', 'W/"7"']);
  });
  it('writes vread paths (READ-03)', () => assert.equal(appointmentPath('a.B-9', '2'), '/Appointment/a.B-9/_history/2'));
});

describe('appointment reads', () => {
  const basis = { id: 'a1b2', location: 'https://p.example/x/Appointment/L9/_history/1' };
  const table: readonly [Parameters<typeof appointmentReadPath>[0], string][] = [
    ['that appointment', '/Appointment/a1b2'],
    ['that appointment at its Location without the version', '/Appointment/L9'],
    ['that appointment with its id case-swapped', '/Appointment/A1B2'],
    ['an appointment that does not exist', '/Appointment/95e58add-0b10-4a8c-817c-2729eb0cab75'],
    ['a version of that appointment that does not exist', '/Appointment/a1b2/_history/999'],
    ['that appointment with a malformed _elements parameter', '/Appointment/a1b2?_elements=%%%'],
  ];
  for (const [name, path] of table) it(`${name} → ${path}`, () => assert.equal(appointmentReadPath(name, basis), path));
  it('swaps the case of letters only (READ-05)', () => assert.equal(swapCase('aB-9.c'), 'Ab-9.C'));
  it('skips when the id has no letters to swap', () => {
    assert.throws(() => appointmentReadPath('that appointment with its id case-swapped', { id: '123-45' }), (e: unknown) => e instanceof ScenarioSkipped && e.reason === 'the appointment id 123-45 has no letters whose case could be swapped');
  });
});

describe('malformed booking bodies (BOOK-19)', () => {
  const body = { resourceType: 'Appointment', contained: [{ resourceType: 'Patient', id: 'p1' }], description: 'x'.repeat(200) };
  it('cuts the JSON short, sends the Patient alone, or wraps the body in an array', () => {
    assert.throws(() => JSON.parse(malformedBookingBody('a truncated JSON body', body)));
    assert.equal(malformedBookingBody('a Patient resource', body), '{"resourceType":"Patient","id":"p1"}');
    assert.equal(Array.isArray(JSON.parse(malformedBookingBody('a JSON array', body))), true);
  });
});
