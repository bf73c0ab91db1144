// Where a field is in the provider file's text: the line and column of the node at a path, or of
// its nearest ancestor that exists (a missing field points at the object that lacks it).
import { isMap, isNode, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { DocumentPath } from './field-path.ts';

export interface Position {
  readonly line: number;
  readonly column: number;
}

function child(node: unknown, key: string | number): Node | undefined {
  if (isSeq(node) && typeof key === 'number') {
    const item = node.items[key];
    return isNode(item) ? item : undefined;
  }
  if (isMap(node)) {
    const pair = node.items.find((p) => (isNode(p.key) ? (p.key as { value?: unknown }).value : p.key) === key);
    return isNode(pair?.value) ? pair.value : undefined;
  }
  return undefined;
}

/** `keyOf`: point at the key of that property instead (an unknown field). */
export function locateInDocument(doc: Document, lines: LineCounter, path: DocumentPath, keyOf?: string): Position | undefined {
  let node: unknown = doc.contents;
  let found = isNode(node) ? node : undefined;
  for (const part of path) {
    node = child(node, part);
    if (!node) break;
    found = node as Node;
  }
  if (keyOf !== undefined && isMap(found)) {
    const pair = found.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === keyOf);
    if (pair && isNode(pair.key)) found = pair.key;
  }
  const offset = found?.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
