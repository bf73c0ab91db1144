// BOOK-18 / BOOK-19: every element a booking or cancel body carries has the JSON type STU3 gives it
// (a string where a string belongs, an array where the element repeats). The first one that does
// not is named, so that no rule further on ever meets `{"toString":1}` where it expects text.
// Contained resources are checked by their own resourceType; unknown elements are left alone.
import { describeJsonValue } from '../describe-json-value.ts';
import { isRecord } from './fhir-primitives.ts';
import { STU3_ELEMENT_TYPES, type ElementType } from './stu3-element-types.ts';

export interface MistypedElement {
  readonly expression: string;
  readonly expected: string;
  readonly got: string;
}

const PRIMITIVES: ReadonlySet<string> = new Set(['string', 'number', 'boolean']);

function describeType(type: string): string {
  if (type.endsWith('[]')) return `an array of ${type.slice(0, -2)}`;
  const name = PRIMITIVES.has(type) ? type : `${type} object`;
  return `${/^[AEIOU]/i.test(name) ? 'an' : 'a'} ${name}`;
}

function checkOne(value: unknown, type: string, path: string): MistypedElement | undefined {
  if (PRIMITIVES.has(type)) return typeof value === type ? undefined : { expression: path, expected: describeType(type), got: describeJsonValue(value) };
  if (!isRecord(value)) return { expression: path, expected: describeType(type), got: describeJsonValue(value) };
  return findMistypedElement(value, type, path);
}

function checkElement(value: unknown, type: ElementType, path: string): MistypedElement | undefined {
  if (!type.endsWith('[]')) return checkOne(value, type, path);
  if (!Array.isArray(value)) return { expression: path, expected: describeType(type), got: describeJsonValue(value) };
  const itemType = type.slice(0, -2);
  for (const [i, item] of value.entries()) {
    const found = checkOne(item, itemType, `${path}[${i}]`);
    if (found) return found;
  }
  return undefined;
}

/** The first element of `value` (of STU3 type `type`, at `path`) whose JSON type is wrong. */
export function findMistypedElement(value: Readonly<Record<string, unknown>>, type: string, path: string): MistypedElement | undefined {
  const elements = STU3_ELEMENT_TYPES[type] ?? {};
  for (const [name, element] of Object.entries(value)) {
    if (name === 'contained') {
      const found = checkContained(element, `${path}.contained`);
      if (found) return found;
      continue;
    }
    const elementType = Object.hasOwn(elements, name) ? elements[name] : undefined;
    const found = elementType === undefined ? undefined : checkElement(element, elementType, `${path}.${name}`);
    if (found) return found;
  }
  return undefined;
}

function checkContained(contained: unknown, path: string): MistypedElement | undefined {
  if (!Array.isArray(contained)) return { expression: path, expected: 'an array of resources', got: describeJsonValue(contained) };
  for (const [i, resource] of contained.entries()) {
    if (!isRecord(resource)) return { expression: `${path}[${i}]`, expected: 'a resource', got: describeJsonValue(resource) };
    const type = typeof resource.resourceType === 'string' && Object.hasOwn(STU3_ELEMENT_TYPES, resource.resourceType) ? resource.resourceType : undefined;
    const found = type === undefined ? checkElement(resource.resourceType, 'string', `${path}[${i}].resourceType`) : findMistypedElement(resource, type, `${path}[${i}]`);
    if (found) return found;
  }
  return undefined;
}
