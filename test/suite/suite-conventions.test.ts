// Conventions the suite holds itself to: every scenario names its obligations and its level, every
// step is defined, every provider MUST is either verified or listed with a reason, and step
// definitions stay thin (arrange, act or assert through one helper; no loops or branches).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { OBLIGATIONS } from '../../spec/obligations-index.ts';
import { bindsProvider, isMustLevel } from '../../spec/parse-obligations-catalogue.ts';
import type { ScenarioOutcome } from '../../src/run-model/scenario-outcome.ts';
import { UNTESTED_OBLIGATIONS } from '../../src/report/untested-obligations.ts';
import { QuietSuite } from './quiet-suite.ts';
import { reasonText } from '../../src/run-model/reason-text.ts';

const LEVEL_TAGS = ['@must', '@should', '@may'];

describe('suite conventions', () => {
  let scenarios: readonly ScenarioOutcome[];
  before(async () => {
    scenarios = (await new QuietSuite().run({ cucumberArgs: ['--dry-run'] })).results;
  });

  it('defines every step of every scenario (a typo is an undefined step, never a pass)', () => {
    assert.deepEqual(scenarios.filter((s) => s.verdict === 'inconclusive').map((s) => `${s.name}: ${reasonText(s)}`), []);
  });

  it('gives every scenario exactly one level tag and at least one obligation id from the catalogue', () => {
    const known = new Set(OBLIGATIONS.map((o) => o.id));
    const wrong = scenarios.flatMap((s) => [
      ...(s.tags.filter((t) => LEVEL_TAGS.includes(t)).length === 1 ? [] : [`${s.name}: level tags ${s.tags.filter((t) => LEVEL_TAGS.includes(t)).join(' ') || 'none'}`]),
      ...(s.obligations.length > 0 ? [] : [`${s.name}: no obligation tag`]),
      ...s.obligations.filter((id) => !known.has(id)).map((id) => `${s.name}: @${id} is not in the catalogue`),
    ]);
    assert.deepEqual(wrong, []);
  });

  it('accounts for every provider MUST: a scenario, or a reason in UNTESTED_OBLIGATIONS, never both', () => {
    const tagged = new Set(scenarios.flatMap((s) => s.obligations));
    const mustIds = OBLIGATIONS.filter((o) => bindsProvider(o) && isMustLevel(o)).map((o) => o.id);
    assert.deepEqual(mustIds.filter((id) => !tagged.has(id) && !(id in UNTESTED_OBLIGATIONS)), [], 'provider MUSTs with neither a scenario nor a reason');
    assert.deepEqual(Object.keys(UNTESTED_OBLIGATIONS).filter((id) => tagged.has(id)), [], 'listed as untested but a scenario verifies it');
    assert.deepEqual(Object.keys(UNTESTED_OBLIGATIONS).filter((id) => !OBLIGATIONS.some((o) => o.id === id)), [], 'not in the catalogue');
  });
});

describe('step definitions', () => {
  const files = readdirSync(new URL('../../steps/', import.meta.url)).filter((f) => f.endsWith('.steps.ts'));
  const definitions = files.flatMap((file) => {
    const text = readFileSync(new URL(`../../steps/${file}`, import.meta.url), 'utf8');
    return [...text.matchAll(/^(Given|When|Then)\(([^\n]*)\n([\s\S]*?)^\}\);$/gm)].map((m) => ({ where: `${file}: ${m[1]}(${m[2].slice(0, 70)}`, body: m[3] }));
  });

  it('are grouped by domain, never by feature', () => {
    assert.deepEqual(files.sort(), ['appointment.steps.ts', 'booking.steps.ts', 'capability.steps.ts', 'errors.steps.ts', 'security.steps.ts', 'slot-bundle.steps.ts', 'slot-filtering.steps.ts', 'slots.steps.ts', 'transport.steps.ts']);
  });

  it('are at most five lines, without loops, branches, fetch or date arithmetic', () => {
    assert.ok(definitions.length > 50, `found only ${definitions.length} step definitions`);
    const thick = definitions.filter(({ body }) => body.split('\n').filter((l) => l.trim() !== '').length > 5 || /\b(for|while|if|switch|fetch)\b|\?\s|Date\.|new Date/.test(body));
    assert.deepEqual(thick.map((d) => d.where), []);
  });
});
