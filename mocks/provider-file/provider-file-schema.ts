// The JSON Schema of a provider file (YAML and JSON alike). Unknown keys are refused, so a typo is an
// error naming the field. Rules a schema cannot say (references, overlaps, zones) are in
// checkProviderRules.

const id = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9\\-.]+$' } as const;
const text = { type: 'string', minLength: 1 } as const;
const asid = { type: 'string', pattern: '^[0-9]{6,15}$' } as const;
const odsCode = { type: 'string', pattern: '^[A-Za-z0-9]{3,10}$' } as const;
const clockTime = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' } as const;
const date = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } as const;
const instant = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$' } as const;
const channel = { enum: ['In-person', 'Telephone', 'Video'] } as const;
const strings = { type: 'array', items: text } as const;
const pattern = { type: 'object', additionalProperties: false, required: ['every'], properties: { every: { type: 'integer', minimum: 1 }, offset: { type: 'integer', minimum: 0 } } } as const;

function record(required: readonly string[], properties: Record<string, unknown>) {
  return { type: 'object', additionalProperties: false, required, properties } as const;
}

function list(items: unknown, minItems = 0) {
  return { type: 'array', items, minItems } as const;
}

const diary = record(['days', 'from', 'to', 'minutes'], {
  days: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] } },
  from: clockTime,
  to: clockTime,
  minutes: { type: 'integer', minimum: 1, maximum: 1440 },
  zone: text,
  dates: record(['from', 'to'], { from: date, to: date }),
  horizonDays: { type: 'integer', minimum: 1, maximum: 366 },
  busy: pattern,
  channel: { oneOf: [channel, { type: 'array', minItems: 1, items: channel }] },
  idPrefix: id,
});

const slot = record(['start', 'end'], {
  id,
  start: instant,
  end: instant,
  status: { enum: ['free', 'busy'] },
  channel,
  identifier: { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' },
  versionId: { type: 'integer', minimum: 1 },
});

const releaseTarget = { oneOf: [record(['odsCode'], { odsCode }), record(['asid'], { asid })] } as const;

export const providerFileSchema = record(['provider', 'services', 'schedules', 'mapping'], {
  provider: record(['name', 'asid'], { name: text, asid, odsCode, organizationId: id }),
  services: list(record(['id', 'name'], { id, name: text, resourceId: id, location: id, organization: id }), 1),
  schedules: list(record(['id'], {
    id,
    name: text,
    identifier: record(['system', 'value'], { system: text, value: text }),
    actors: record([], { practitioner: id, practitionerRole: id, location: id }),
    diary,
    slots: list(slot),
    allowOverlaps: { type: 'boolean' },
  }), 1),
  mapping: list(record(['service', 'schedule'], { service: id, schedule: id }), 1),
  consumers: list(record(['odsCode', 'asid'], { odsCode, asid, name: text })),
  release: list(record(['to'], { schedule: id, slots: pattern, slot: id, to: list(releaseTarget, 1) })),
  practitioners: list(record(['id', 'sdsUserId', 'family', 'given'], {
    id, sdsUserId: text, family: text, given: strings, prefix: strings, gender: { enum: ['male', 'female', 'other', 'unknown'] },
  })),
  practitionerRoles: list(record(['id', 'practitioner', 'sdsRoleProfileId', 'roleCode', 'roleDisplay'], {
    id, practitioner: id, sdsRoleProfileId: text, roleCode: text, roleDisplay: text,
  })),
  locations: list(record(['id', 'odsSiteCode', 'name', 'line', 'city', 'postalCode'], { id, odsSiteCode: text, name: text, line: strings, city: text, postalCode: text })),
  organizations: list(record(['id', 'odsCode', 'name'], { id, odsCode, name: text })),
  switches: { type: 'object' },
  clock: { oneOf: [record(['freeze'], { freeze: instant }), record(['offsetSeconds'], { offsetSeconds: { type: 'integer' } })] },
});
