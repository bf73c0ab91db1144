import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRequestingResources } from './judge-requesting-resources.ts';
import { REFERENCE_JWT_CLAIMS } from '../../../spec/reference-jwt.ts';

const { requesting_device: DEVICE, requesting_organization: ORG, requesting_practitioner: PRACTITIONER } = REFERENCE_JWT_CLAIMS;
const judge = (claims: Record<string, unknown>, expectedOdsCode?: string) =>
  judgeRequestingResources({ requesting_device: DEVICE, requesting_organization: ORG, requesting_practitioner: PRACTITIONER, ...claims }, expectedOdsCode)
    .filter((f) => f.outcome !== 'pass').map((f) => [f.obligation, f.message]);

test('JWT-17/18/20 shape findings list every missing element', async (t) => {
  const cases: [string, Record<string, unknown>, string[][]][] = [
    ['reference resources', {}, []],
    ['device missing', { requesting_device: undefined }, [['JWT-17', 'requesting_device is missing or not an object']]],
    ['device identifier without a URL system', { requesting_device: { ...DEVICE, identifier: [{ system: 'device-id', value: '1' }] } },
      [['JWT-17', 'requesting_device: identifier[] needs entries with a system URL and a value']]],
    ['device of the wrong type', { requesting_device: { ...DEVICE, resourceType: 'Device ' } },
      [['JWT-17', 'requesting_device: resourceType must be "Device"']]],
    ['organisation an array', { requesting_organization: [ORG] }, [['JWT-18', 'requesting_organization is missing or not an object']]],
    ['practitioner a string', { requesting_practitioner: 'u-48213' }, [['JWT-20', 'requesting_practitioner is not an object']]],
    ['practitioner with only SDS identifiers', {
      requesting_practitioner: { ...PRACTITIONER, identifier: PRACTITIONER.identifier.slice(0, 2) },
    }, [['JWT-20', 'requesting_practitioner: a local identifier (consumer-defined system URL and the user id) is missing']]],
    ['practitioner with UNK SDS ids is fine', {
      requesting_practitioner: {
        ...PRACTITIONER,
        identifier: [
          { system: 'https://fhir.nhs.uk/Id/sds-user-id', value: 'UNK' },
          { system: 'https://fhir.nhs.uk/Id/sds-role-profile-id', value: 'UNK' },
          PRACTITIONER.identifier[2],
        ],
      },
    }, []],
    ['practitioner without id, name or prefix', { requesting_practitioner: { resourceType: 'Practitioner', identifier: PRACTITIONER.identifier } },
      [['JWT-20', 'requesting_practitioner: id (equal to sub) is missing; name[] needs family and given[]']]],
    ['prefix is optional', { requesting_practitioner: { ...PRACTITIONER, name: [{ family: 'Whitlow', given: ['Marcus'] }] } }, []],
  ];
  for (const [name, claims, expected] of cases) {
    await t.test(name, () => assert.deepEqual(judge(claims), expected));
  }
});
