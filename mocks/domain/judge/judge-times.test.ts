import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeTimes } from './judge-times.ts';
import type { TimeValue } from './judge-times.ts';

const outcomes = (times: TimeValue[]) => judgeTimes(times).map((f) => [f.obligation, f.outcome, f.message]);

test('TIME-01 / TIME-02 by value type', () => {
  const table: [TimeValue, string, string | undefined][] = [
    [{ where: 'a', value: '2026-03-16T09:00:00Z', type: 'instant' }, 'pass', 'pass'],
    [{ where: 'a', value: '2026-03-16T09:00:00.123+00:00', type: 'instant' }, 'pass', 'pass'],
    [{ where: 'a', value: '2026-03-16T10:00:00+01:00', type: 'instant' }, 'pass', 'warn'],
    [{ where: 'a', value: '2026-03-16T09:00Z', type: 'instant' }, 'fail', undefined],
    [{ where: 'a', value: '2015-02-07T13:28:17', type: 'instant' }, 'fail', undefined],
    [{ where: 'a', value: '201502-07T13:28:17.239+02:00', type: 'instant' }, 'fail', undefined],
    [{ where: 'a', value: '2026-03-16', type: 'date-or-instant' }, 'pass', undefined],
    [{ where: 'a', value: '2026-03', type: 'date-or-instant' }, 'pass', undefined],
    [{ where: 'a', value: '2026-03-16T09:00:00', type: 'date-or-instant' }, 'fail', undefined],
    [{ where: 'a', value: '2026-03-15', type: 'dateTime' }, 'pass', undefined],
    [{ where: 'a', value: '2026-03-15T18:41:07+00:00', type: 'dateTime' }, 'pass', 'pass'],
    [{ where: 'a', value: '1988-07-02', type: 'date' }, 'pass', undefined],
  ];
  for (const [time, time01, time02] of table) {
    const found = outcomes([time]);
    assert.equal(found[0][1], time01, `${String(time.value)} TIME-01`);
    assert.equal(found[1]?.[1], time02, `${String(time.value)} TIME-02`);
  }
});

test('one finding per obligation names every offending value', () => {
  assert.deepEqual(outcomes([
    { where: 'Appointment.start', value: '2026-03-16T09:00', type: 'instant' },
    { where: 'Appointment.end', value: 'soon', type: 'instant' },
  ]), [['TIME-01', 'fail', 'not in FHIR instant form (YYYY-MM-DDThh:mm:ss[.sss] with Z or ±hh:mm): Appointment.start "2026-03-16T09:00"; Appointment.end "soon"']]);
  assert.deepEqual(judgeTimes([]), []);
});
