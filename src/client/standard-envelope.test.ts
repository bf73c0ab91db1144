import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildEnvelopeHeaders, targetUrl } from './standard-envelope.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('buildEnvelopeHeaders', () => {
  it('builds the standard envelope for a slot search', () => {
    const headers = buildEnvelopeHeaders({ interaction: 'slot-search', authorization: 'Bearer a.b.', sspFrom: '900000000101', sspTo: '900000000001', accept: 'application/fhir+json;charset=utf-8', requestId: 'r-1' });
    assert.equal(headers.Authorization, 'Bearer a.b.');
    assert.equal(headers['Ssp-InteractionID'], 'urn:nhs:names:services:careconnect:fhir:rest:search:slot');
    assert.equal(headers['Ssp-From'], '900000000101');
    assert.equal(headers['Ssp-To'], '900000000001');
    assert.equal(headers['X-Request-ID'], 'r-1');
    assert.match(headers['Ssp-TraceID'], UUID);
    assert.equal(headers.Accept, 'application/fhir+json;charset=utf-8');
  });
  it('leaves out Authorization and Accept when asked to', () => {
    const headers = buildEnvelopeHeaders({ interaction: 'metadata', sspFrom: 'a', sspTo: 'b' });
    assert.equal('Authorization' in headers, false);
    assert.equal('Accept' in headers, false);
    assert.match(headers['X-Request-ID'], UUID);
  });
});

describe('targetUrl', () => {
  it('joins the SSP prefix and the service root with exactly one slash (SSP-01)', () => {
    assert.equal(targetUrl('https://p.example/STU3/1/x', '/Slot', 'https://ssp.example/'), 'https://ssp.example/https://p.example/STU3/1/x/Slot');
    assert.equal(targetUrl('https://p.example/STU3/1/x', '/metadata'), 'https://p.example/STU3/1/x/metadata');
  });
});
