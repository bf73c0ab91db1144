// BOOK-13 (and PROF-04): the contained DocumentReference that points at the CDA sent over ITK.
// Every missing element is listed in one finding. meta.profile is judged by PROF-01 and the form
// of `indexed` by TIME-01, so one mistake fails one obligation.
import { isNonEmptyString, isRecord, isUuid } from '../booking/fhir-primitives.ts';
import type { JsonObject } from '../booking/fhir-primitives.ts';
import { CDA_TYPE_SYSTEM, RFC4122_SYSTEM } from '../booking/validate-contained-document.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';
import { LANGUAGES } from '../../../spec/value-sets.ts';

const MIME_TYPE = /^[A-Za-z0-9][\w.+-]*\/[A-Za-z0-9][\w.+-]*(\s*;.*)?$/;
// C-21: the NBA table says `en`, the examples `en-GB`; both are accepted.

export function judgeContainedDocument(doc: JsonObject, path: string): Finding {
  const missing: string[] = [];
  const ids = Array.isArray(doc.identifier) ? doc.identifier : [];
  const [id] = ids;
  if (ids.length !== 1 || !isRecord(id)) missing.push('exactly one identifier');
  else {
    if (id.system !== RFC4122_SYSTEM) missing.push(`identifier.system ${RFC4122_SYSTEM}`);
    // PROF-04: the CDA id (/ClinicalDocument/id/@root) is a UUID.
    if (!isUuid(id.value)) missing.push(`identifier.value the CDA document UUID (got ${JSON.stringify(id.value)})`);
  }
  if (doc.status !== 'current') missing.push(`status "current" (got ${JSON.stringify(doc.status)})`);
  const type = doc.type;
  const typed = isRecord(type) && Array.isArray(type.coding)
    && type.coding.some((c) => isRecord(c) && c.system === CDA_TYPE_SYSTEM && isNonEmptyString(c.code));
  if (!typed) missing.push(`type.coding from ${CDA_TYPE_SYSTEM} (e.g. POCD_MT200001GB02)`);
  if (doc.indexed === undefined) missing.push('indexed (required by base STU3)');
  const content = Array.isArray(doc.content) ? doc.content[0] : undefined;
  const attachment = isRecord(content) && isRecord(content.attachment) ? content.attachment : undefined;
  if (attachment === undefined) missing.push('content[0].attachment');
  else {
    if (typeof attachment.contentType !== 'string' || !MIME_TYPE.test(attachment.contentType)) missing.push('content[0].attachment.contentType as a MIME type');
    if (typeof attachment.language !== 'string' || !LANGUAGES.has(attachment.language)) {
      missing.push(`content[0].attachment.language "en" or "en-GB" (got ${JSON.stringify(attachment.language)})`);
    }
  }
  return missing.length === 0
    ? finding('BOOK-13', 'pass', `${path} (DocumentReference) points at the CDA`)
    : finding('BOOK-13', 'fail', `${path} (DocumentReference) needs ${missing.join('; ')}`, missing);
}
