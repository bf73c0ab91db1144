// The reference token of the obligations catalogue (section 4.5): the decoded header and payload for a
// slot search by "Northfield 111 Service" (ODS Y0X1A) at 2026-03-16T09:00:00Z, and its compact
// serialisation. Tests pin the checks against it; never use the legacy encoded sample of the UEC page
// (C-29).

export const REFERENCE_JWT_HEADER = { alg: 'none', typ: 'JWT' } as const;

export const REFERENCE_JWT_AUDIENCE = 'https://provider.example.nhs.uk/STU3/1/careconnect/booking';

/** 2026-03-16T09:00:00Z, the reference token's `iat`. */
export const REFERENCE_JWT_IAT = 1773651600;

export const REFERENCE_JWT_CLAIMS = {
  iss: 'https://consumer.northfield111.example.nhs.uk/',
  sub: 'u-48213',
  aud: REFERENCE_JWT_AUDIENCE,
  exp: 1773651900,
  iat: REFERENCE_JWT_IAT,
  reason_for_request: 'directcare',
  requested_scope: 'organization/slot.read',
  requesting_device: {
    resourceType: 'Device',
    identifier: [{ system: 'https://northfield-systems.example.com/Id/device-identifier', value: 'NF111-WS-0042' }],
    model: 'Northfield Triage Desktop',
    version: '7.4.1',
  },
  requesting_organization: {
    resourceType: 'Organization',
    identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'Y0X1A' }],
    name: 'Northfield 111 Service',
  },
  requesting_practitioner: {
    resourceType: 'Practitioner',
    id: 'u-48213',
    identifier: [
      { system: 'https://fhir.nhs.uk/Id/sds-user-id', value: '687219043311' },
      { system: 'https://fhir.nhs.uk/Id/sds-role-profile-id', value: '555021938847' },
      { system: 'https://northfield-systems.example.com/Id/user-guid', value: '3f6d2c1e-9a0b-4e57-8c41-2b7d90e6a1f4' },
    ],
    name: [{ family: 'Whitlow', given: ['Marcus'], prefix: ['Mr'] }],
  },
} as const;

/** Compact serialisation of exactly the header and claims above (note the trailing dot). */
export const REFERENCE_JWT =
  'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2NvbnN1bWVyLm5vcnRoZmllbGQxMTEuZXhhbXBsZS5uaHMudWsvIiwic3ViIjoidS00ODIxMyIsImF1ZCI6Imh0dHBzOi8vcHJvdmlkZXIuZXhhbXBsZS5uaHMudWsvU1RVMy8xL2NhcmVjb25uZWN0L2Jvb2tpbmciLCJleHAiOjE3NzM2NTE5MDAsImlhdCI6MTc3MzY1MTYwMCwicmVhc29uX2Zvcl9yZXF1ZXN0IjoiZGlyZWN0Y2FyZSIsInJlcXVlc3RlZF9zY29wZSI6Im9yZ2FuaXphdGlvbi9zbG90LnJlYWQiLCJyZXF1ZXN0aW5nX2RldmljZSI6eyJyZXNvdXJjZVR5cGUiOiJEZXZpY2UiLCJpZGVudGlmaWVyIjpbeyJzeXN0ZW0iOiJodHRwczovL25vcnRoZmllbGQtc3lzdGVtcy5leGFtcGxlLmNvbS9JZC9kZXZpY2UtaWRlbnRpZmllciIsInZhbHVlIjoiTkYxMTEtV1MtMDA0MiJ9XSwibW9kZWwiOiJOb3J0aGZpZWxkIFRyaWFnZSBEZXNrdG9wIiwidmVyc2lvbiI6IjcuNC4xIn0sInJlcXVlc3Rpbmdfb3JnYW5pemF0aW9uIjp7InJlc291cmNlVHlwZSI6Ik9yZ2FuaXphdGlvbiIsImlkZW50aWZpZXIiOlt7InN5c3RlbSI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvb2RzLW9yZ2FuaXphdGlvbi1jb2RlIiwidmFsdWUiOiJZMFgxQSJ9XSwibmFtZSI6Ik5vcnRoZmllbGQgMTExIFNlcnZpY2UifSwicmVxdWVzdGluZ19wcmFjdGl0aW9uZXIiOnsicmVzb3VyY2VUeXBlIjoiUHJhY3RpdGlvbmVyIiwiaWQiOiJ1LTQ4MjEzIiwiaWRlbnRpZmllciI6W3sic3lzdGVtIjoiaHR0cHM6Ly9maGlyLm5ocy51ay9JZC9zZHMtdXNlci1pZCIsInZhbHVlIjoiNjg3MjE5MDQzMzExIn0seyJzeXN0ZW0iOiJodHRwczovL2ZoaXIubmhzLnVrL0lkL3Nkcy1yb2xlLXByb2ZpbGUtaWQiLCJ2YWx1ZSI6IjU1NTAyMTkzODg0NyJ9LHsic3lzdGVtIjoiaHR0cHM6Ly9ub3J0aGZpZWxkLXN5c3RlbXMuZXhhbXBsZS5jb20vSWQvdXNlci1ndWlkIiwidmFsdWUiOiIzZjZkMmMxZS05YTBiLTRlNTctOGM0MS0yYjdkOTBlNmExZjQifV0sIm5hbWUiOlt7ImZhbWlseSI6IldoaXRsb3ciLCJnaXZlbiI6WyJNYXJjdXMiXSwicHJlZml4IjpbIk1yIl19XX19.';
