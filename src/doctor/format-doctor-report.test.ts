import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DoctorReport } from './doctor-report.ts';
import { formatDoctorReport } from './format-doctor-report.ts';

const REPORT: DoctorReport = {
  target: { name: 'Northfield UTC', baseUrl: 'https://p.example/STU3/1/booking', sspPrefix: 'https://ssp.example', providerAsid: '1', consumerAsid: '2', services: { withFreeSlots: '100' }, consumers: [] },
  checkedAt: '2026-03-16T09:00:00.000Z',
  checks: [
    { id: 'net.dns', title: 'DNS resolves ssp.example (the SSP)', status: 'ok', detail: 'ssp.example → 10.0.0.1' },
    { id: 'net.connect', title: 'TCP connection to ssp.example:443', status: 'fail', detail: 'ssp.example:443: timeout', remedy: 'Check the route.' },
    { id: 'clock.offset', title: 'Clock offset', status: 'warn', detail: '+10.5 s', remedy: 'Use NTP.' },
    { id: 'tls.material', title: 'TLS material', status: 'skipped', detail: 'plain HTTP' },
  ],
  scenarioGroups: [
    { id: 'capability', title: 'CapabilityStatement', obligations: ['CAP-01'], outcome: 'runs', reasons: [] },
    { id: 'empty-service', title: 'No slots', obligations: ['SLOT-29'], outcome: 'skipped', reasons: ['the target declares no services.withoutSlots'] },
  ],
  failed: true,
};

describe('formatDoctorReport', () => {
  it('prints one line per check, a remedy under warnings and failures, the skip table and the verdict', () => {
    assert.equal(formatDoctorReport(REPORT), [
      'booking-assurance doctor: Northfield UTC',
      '  https://p.example/STU3/1/booking via SSP https://ssp.example',
      '  checked at 2026-03-16T09:00:00.000Z',
      '',
      'Checks',
      '  ✔ DNS resolves ssp.example (the SSP): ssp.example → 10.0.0.1',
      '  ✖ TCP connection to ssp.example:443: ssp.example:443: timeout',
      '      → Check the route.',
      '  ! Clock offset: +10.5 s',
      '      → Use NTP.',
      '  - TLS material: plain HTTP',
      '',
      'Scenario groups',
      '  runs          CapabilityStatement (CAP-01)',
      '  SKIPPED       No slots (SLOT-29)',
      '                  because the target declares no services.withoutSlots',
      '',
      'NOT READY: 1 failed, 1 warning, 1 ok, 1 not applicable; 1 of 2 scenario groups will be skipped',
      '',
    ].join('\n'));
  });

  it('prints only the checks when the target file could not be loaded', () => {
    const text = formatDoctorReport({ checkedAt: REPORT.checkedAt, checks: [{ id: 'target.file', title: 'Target file is valid', status: 'fail', detail: 't.json: 1 problem: target.name: is required', remedy: 'Fix it.' }], scenarioGroups: [], failed: true });
    assert.equal(text, 'booking-assurance doctor\n\nChecks\n  ✖ Target file is valid: t.json: 1 problem: target.name: is required\n      → Fix it.\n\nNOT READY: 1 failed, 0 warnings, 0 ok, 0 not applicable\n');
  });
});
