// Folder-level cycles in an import graph: a file's folder is its first two path segments
// (`src/assertions`, `mocks/domain`, `steps/support`; a file at the top of `steps/` or `bin/`
// belongs to that folder). Two folders that import each other, directly or round a longer loop,
// form a cycle; each cycle is reported as its folders, sorted, with one edge that closes it.
import type { ImportEdge } from './read-import-graph.ts';

export function folderOf(path: string): string {
  const parts = path.split('/');
  return parts.length <= 2 ? parts[0] : `${parts[0]}/${parts[1]}`;
}

export interface FolderCycle {
  readonly folders: readonly string[];
  /** The file imports that make the folders depend on each other, `from → to`. */
  readonly edges: readonly string[];
}

/** Strongly connected components of more than one folder (Tarjan). */
export function findFolderCycles(edges: readonly ImportEdge[]): FolderCycle[] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const [a, b] = [folderOf(from), folderOf(to)];
    if (a === b) continue;
    next.set(a, (next.get(a) ?? new Set()).add(b));
    if (!next.has(b)) next.set(b, new Set());
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (folder: string): void => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder) as number);
    stack.push(folder);
    onStack.add(folder);
    for (const target of next.get(folder) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(folder, Math.min(low.get(folder) as number, low.get(target) as number));
      } else if (onStack.has(target)) low.set(folder, Math.min(low.get(folder) as number, index.get(target) as number));
    }
    if (low.get(folder) !== index.get(folder)) return;
    const component: string[] = [];
    for (let top = stack.pop(); top !== undefined; top = top === folder ? undefined : stack.pop()) {
      onStack.delete(top);
      component.push(top);
    }
    if (component.length > 1) components.push(component.sort());
  };
  for (const folder of [...next.keys()].sort()) if (!index.has(folder)) visit(folder);
  return components.map((folders) => ({
    folders,
    edges: edges.filter(({ from, to }) => folders.includes(folderOf(from)) && folders.includes(folderOf(to)) && folderOf(from) !== folderOf(to)).map(({ from, to }) => `${from} → ${to}`),
  }));
}
