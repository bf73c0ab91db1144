import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseProviderFile } from './parse-provider-file.ts';
import { formatProviderFileProblem } from './provider-file-error.ts';

const EXAMPLE = readFileSync(new URL('../../examples/trumpton.provider.yaml', import.meta.url), 'utf8');

function problems(text: string, format: 'yaml' | 'json' = 'yaml'): string[] {
  const parsed = parseProviderFile(text, format);
  assert.equal(parsed.ok, false, 'refused');
  return parsed.ok ? [] : parsed.problems.map((p) => formatProviderFileProblem('p.yaml', p));
}

function edit(from: string, to: string): string {
  assert.ok(EXAMPLE.includes(from), from);
  return EXAMPLE.replace(from, to);
}

test('the issue example loads as YAML and as the same JSON, to the same document', () => {
  const yaml = parseProviderFile(EXAMPLE, 'yaml');
  const json = parseProviderFile(JSON.stringify(parse(EXAMPLE), null, 2), 'json');
  assert.ok(yaml.ok && json.ok);
  assert.deepEqual(yaml.document, json.document);
  assert.equal(yaml.document.provider.asid, '918999198738');
  assert.equal(yaml.document.mapping.length, 5);
});

// Each bad file is refused whole, with the line and the field of the problem.
const BAD: readonly (readonly [string, string, RegExp])[] = [
  ['unknown service in mapping', edit('- { service: "2329483525", schedule: schedule-2 }', '- { service: "2329483526", schedule: schedule-2 }'), /^p\.yaml:20:\d+ mapping\[2\]\.service: names no service of this file \(2329483526\)$/],
  ['overlapping slots in one schedule', edit('{ start: "2026-03-16T09:15:00Z", end: "2026-03-16T09:30:00Z"', '{ start: "2026-03-16T09:10:00Z", end: "2026-03-16T09:30:00Z"'), /^p\.yaml:16:\d+ schedules\[2\]\.slots\[1\]\.start: overlaps slot 0 of the same schedule/],
  ['release rule naming no known consumer', edit('to: [{ odsCode: A1001 }]', 'to: [{ odsCode: Z9999 }]'), /^p\.yaml:26:\d+ release\[0\]\.to\[0\]: names no known consumer \(ODS code Z9999 is not in consumers\)$/],
  ['invalid zone', edit('minutes: 15, zone: Europe/London', 'minutes: 15, zone: Europe/Londn'), /^p\.yaml:10:\d+ schedules\[0\]\.diary\.zone: is not an IANA time zone \(Europe\/Londn\)$/],
  ['diary whose to precedes from', edit('from: "09:00", to: "13:00"', 'from: "09:00", to: "08:30"'), /^p\.yaml:12:\d+ schedules\[1\]\.diary\.to: must be after from \(09:00\), got 08:30$/],
  ['unknown field', edit('minutes: 10,', 'minutes: 10, minute: 5,'), /^p\.yaml:12:\d+ schedules\[1\]\.diary\.minute: is not a known field$/],
  ['unquoted id read as a number', edit('{ id: "124459850", name: Walk-in Centre }', '{ id: 124459850, name: Walk-in Centre }'), /^p\.yaml:5:\d+ services\[0\]\.id: must be a string: quote it/],
  ['missing required field', edit('provider: { name: Trumpton Urgent Care Services, asid: "918999198738", odsCode: RTR }', 'provider: { name: Trumpton Urgent Care Services, odsCode: RTR }'), /^p\.yaml:3:\d+ provider\.asid: is required$/],
  ['schedule with a diary and slots', edit('    diary: { days: [Sat, Sun]', '    slots: []\n    diary: { days: [Sat, Sun]'), /schedules\[1\]\.slots: a schedule has a diary or listed slots, not both$/],
  ['a bad switch', `${EXAMPLE}switches: { authFailureStatus: 402 }\n`, /^p\.yaml:27:\d+ switches\.authFailureStatus: Configuration key authFailureStatus must be one of 403, 401, 400$/],
  ['a release target that is neither', edit('to: [{ odsCode: A1001 }]', 'to: [{ ods: A1001 }]'), /^p\.yaml:26:\d+ release\[0\]\.to\[0\]: matches none of the allowed forms$/],
  ['a YAML syntax error', edit('mapping:', 'mapping: [\n'), /^p\.yaml:\d+:\d+ \(syntax\): /],
  ['a duplicate mapping row', edit('  - { service: "0123944122", schedule: schedule-3 }', '  - { service: "0123944122", schedule: schedule-3 }\n  - { service: "0123944122", schedule: schedule-3 }'), /^p\.yaml:23:\d+ mapping\[5\]\.schedule: "0123944122 → schedule-3" is defined twice$/],
];

for (const [name, text, expected] of BAD) {
  test(`refused with line and field: ${name}`, () => {
    const found = problems(text);
    assert.ok(found.some((p) => expected.test(p)), `${found.join('\n')}\n does not match ${expected}`);
  });
}

test('a JSON file points at the line of its problem too', () => {
  const doc = parse(EXAMPLE) as { mapping: { service: string }[] };
  doc.mapping[4].service = 'nope';
  const found = problems(JSON.stringify(doc, null, 2), 'json');
  assert.equal(found.length, 1);
  assert.match(found[0], /^p\.yaml:\d+:\d+ mapping\[4\]\.service: names no service of this file \(nope\)$/);
  const line = Number(found[0].split(':')[1]);
  assert.match(JSON.stringify(doc, null, 2).split('\n')[line - 1], /"nope"/);
});

test('every problem is reported at once', () => {
  const text = edit('to: [{ odsCode: A1001 }]', 'to: [{ odsCode: Z9999 }]').replace('zone: Europe/London }\n  - id: schedule-2', 'zone: Mars/Base }\n  - id: schedule-2');
  assert.equal(problems(text).length, 2);
});
