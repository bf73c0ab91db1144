// BOOK-13 / PROF-04: the contained DocumentReference that points at the CDA sent over ITK.
// Returns the CDA document id, which BOOK-30 later links the booking on.
import type { Problem } from '../problem.ts';
import { isInstant, isRecord, isUuid, type JsonObject } from './fhir-primitives.ts';
import { profileInvalid } from './profile-invalid.ts';
import { describeJsonValue } from '../describe-json-value.ts';

export const RFC4122_SYSTEM = 'https://tools.ietf.org/html/rfc4122';
export const CDA_TYPE_SYSTEM = 'urn:oid:2.16.840.1.113883.2.1.3.2.4.18.17';
const MIME_TYPE = /^[A-Za-z0-9][\w.+-]*\/[A-Za-z0-9][\w.+-]*(\s*;.*)?$/;

export function validateContainedDocument(doc: JsonObject, base: string): { ok: true; cdaDocumentId: string } | { ok: false; problem: Problem } {
  const fail = (path: string, message: string) => ({ ok: false as const, problem: profileInvalid(`${base}${path}`, message) });
  const ids = doc.identifier;
  if (!Array.isArray(ids) || ids.length !== 1 || !isRecord(ids[0])) return fail('.identifier', 'DocumentReference.identifier must hold exactly one identifier (BOOK-13)');
  const [id] = ids;
  if (id.system !== RFC4122_SYSTEM) return fail('.identifier[0].system', `DocumentReference.identifier.system must be ${RFC4122_SYSTEM} (BOOK-13)`);
  if (!isUuid(id.value)) return fail('.identifier[0].value', 'DocumentReference.identifier.value must be the CDA document UUID (BOOK-13)');
  if (doc.status !== 'current') return fail('.status', `DocumentReference.status must be current, got ${describeJsonValue(doc.status)} (BOOK-13)`);
  const type = doc.type;
  const typed = isRecord(type) && Array.isArray(type.coding)
    && type.coding.some((c) => isRecord(c) && c.system === CDA_TYPE_SYSTEM && typeof c.code === 'string' && c.code.length > 0);
  if (!typed) return fail('.type.coding', `DocumentReference.type needs a coding from ${CDA_TYPE_SYSTEM} (BOOK-13)`);
  // PROF-02: base STU3 makes `indexed` (an instant) mandatory.
  if (!isInstant(doc.indexed)) return fail('.indexed', 'DocumentReference.indexed must be an instant (BOOK-13)');
  const content = doc.content;
  if (!Array.isArray(content) || content.length === 0 || !isRecord(content[0]) || !isRecord(content[0].attachment)) {
    return fail('.content', 'DocumentReference.content needs an attachment (BOOK-13)');
  }
  const contentType = content[0].attachment.contentType;
  if (typeof contentType !== 'string' || !MIME_TYPE.test(contentType)) {
    return fail('.content[0].attachment.contentType', 'DocumentReference attachment.contentType must be a MIME type (BOOK-13)');
  }
  // C-21: attachment.language may be `en` or `en-GB`; the provider does not depend on it.
  return { ok: true, cdaDocumentId: id.value };
}
