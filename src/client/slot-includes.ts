// The `_include` parameters of a slot search, by what they bring in and how they are spelt.
// NBA's canonical form is the default; the other spellings are the variant matrix of C-03, which a
// provider must treat identically (SLOT-24).

export type IncludeTarget = 'schedules' | 'healthcare services' | 'practitioners' | 'practitioner roles' | 'locations' | 'organisations';

export type IncludeSpelling = 'canonical' | 'recurse' | 'plain' | 'dotted' | 'lower-case targets';

export interface IncludeParam {
  readonly name: string;
  readonly value: string;
}

interface IncludeRow {
  /** Second-level includes need iteration in FHIR; NBA writes them with `:iterate`. */
  readonly iterate: boolean;
  readonly source: string;
  readonly param: string;
  readonly type?: string;
}

// SLOT-20: the includes NBA lists, in the order of its table.
const INCLUDE_ROWS: Readonly<Record<IncludeTarget, IncludeRow>> = {
  'schedules': { iterate: false, source: 'Slot', param: 'schedule' },
  'healthcare services': { iterate: true, source: 'Schedule', param: 'actor', type: 'HealthcareService' },
  'practitioners': { iterate: true, source: 'Schedule', param: 'actor', type: 'Practitioner' },
  'practitioner roles': { iterate: true, source: 'Schedule', param: 'actor', type: 'PractitionerRole' },
  'locations': { iterate: true, source: 'HealthcareService', param: 'location' },
  'organisations': { iterate: true, source: 'HealthcareService', param: 'organization' },
};

export const INCLUDE_TARGETS = Object.keys(INCLUDE_ROWS) as readonly IncludeTarget[];
export const INCLUDE_SPELLINGS: readonly IncludeSpelling[] = ['canonical', 'recurse', 'plain', 'dotted', 'lower-case targets'];

/** The FHIR resource type an include brings into the Bundle. */
export const INCLUDED_TYPE: Readonly<Record<IncludeTarget, string>> = {
  'schedules': 'Schedule',
  'healthcare services': 'HealthcareService',
  'practitioners': 'Practitioner',
  'practitioner roles': 'PractitionerRole',
  'locations': 'Location',
  'organisations': 'Organization',
};

function nameFor(row: IncludeRow, spelling: IncludeSpelling): string {
  if (!row.iterate || spelling === 'plain' || spelling === 'dotted') return '_include';
  return spelling === 'recurse' ? '_include:recurse' : '_include:iterate';
}

function valueFor(row: IncludeRow, spelling: IncludeSpelling): string {
  const separator = spelling === 'dotted' ? '.' : ':';
  const type = row.type && spelling === 'lower-case targets' ? row.type.toLowerCase() : row.type;
  return [row.source, row.param, ...(type ? [type] : [])].join(separator);
}

/** C-03: the include parameter for `target` written in `spelling`. */
export function includeParam(target: IncludeTarget, spelling: IncludeSpelling = 'canonical'): IncludeParam {
  const row = INCLUDE_ROWS[target];
  return { name: nameFor(row, spelling), value: valueFor(row, spelling) };
}

/** The full canonical request of section 2.2 (every include the catalogue names). */
export function allIncludeParams(spelling: IncludeSpelling = 'canonical'): readonly IncludeParam[] {
  return INCLUDE_TARGETS.map((target) => includeParam(target, spelling));
}
