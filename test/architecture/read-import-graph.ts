// Reads the project's import graph from its TypeScript sources: every relative `import … from`,
// `export … from`, side-effect `import '…'` and `import('…')`, type-only imports included (they
// are dependencies too). Paths are relative to the root, with `/` separators.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';

export interface ImportEdge {
  readonly from: string;
  readonly to: string;
}

// Statements start a line in this code base; `[^;]*?` keeps one match inside one statement, so a
// word "import" inside a comment or string never joins two lines into an import.
const STATIC = /^[ \t]*(?:import|export)\b[^;'"]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/gm;
const SIDE_EFFECT = /^[ \t]*import\s*['"](\.{1,2}\/[^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** The relative specifiers a module imports. */
export function importsOf(source: string): string[] {
  return [...source.matchAll(STATIC), ...source.matchAll(SIDE_EFFECT), ...source.matchAll(DYNAMIC)].map((match) => match[1]);
}

function listSources(root: string, dir: string, skip: ReadonlySet<string>): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.name.startsWith('.') || skip.has(path)) return [];
    if (entry.isDirectory()) return listSources(root, path, skip);
    return /\.(ts|mts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

export function readImportGraph(root: string, skip: ReadonlySet<string> = new Set(['node_modules', 'dist', 'reports'])): ImportEdge[] {
  return listSources(root, '', skip).flatMap((from) =>
    importsOf(readFileSync(join(root, from), 'utf8')).map((specifier) => ({
      from,
      to: relative(root, join(root, dirname(from), specifier)).split(sep).join(posix.sep),
    })),
  );
}
