// The folders of the project depend on each other one way: no production module (anything but a
// `*.test.ts` file) takes part in an import cycle between folders, and the layers never import
// upwards. Tests may reach across folders for fixtures; they are not part of the graph checked.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { findFolderCycles, folderOf } from './find-folder-cycles.ts';
import { importsOf, readImportGraph, type ImportEdge } from './read-import-graph.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const isTest = (path: string) => path.endsWith('.test.ts');

/** Layers by folder prefix, and the prefixes each may never import. */
const FORBIDDEN: readonly [string, readonly string[]][] = [
  // What the specification says depends on nothing else of the project.
  ['spec/', ['mocks', 'src/', 'steps', 'bin', 'test/', 'bench', 'examples']],
  ['mocks/domain', ['mocks/store', 'mocks/handlers', 'mocks/server', 'mocks/faults', 'mocks/fixtures', 'src/', 'steps', 'bin', 'test/', 'bench']],
  ['mocks/', ['src/', 'steps', 'bin', 'test/', 'bench']],
  ['src/', ['steps', 'bin', 'test/', 'bench']],
  ['steps', ['bin', 'test/', 'bench']],
];

function upwardImports(edges: readonly ImportEdge[]): string[] {
  return edges.flatMap(({ from, to }) => {
    const rule = FORBIDDEN.find(([prefix]) => from.startsWith(prefix));
    return rule && rule[1].some((prefix) => to.startsWith(prefix)) ? [`${from} → ${to}`] : [];
  });
}

describe('importsOf', () => {
  it('reads static, re-exported, side-effect and dynamic relative imports, type-only ones too', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type {\n  B,\n  C,\n} from '../b/c.ts';",
      "export { d } from './d.ts';",
      "import './side-effect.ts';",
      "const lazy = await import('./lazy.ts');",
      "import { readFileSync } from 'node:fs';",
      "// import { commented } from './not-an-import.ts' is only a comment",
      "const text = 'import x from \"./in-a-string.ts\"';",
    ].join('\n');
    assert.deepEqual(importsOf(source).sort(), ['../b/c.ts', './a.ts', './d.ts', './lazy.ts', './side-effect.ts']);
  });
});

describe('findFolderCycles', () => {
  const edge = (from: string, to: string): ImportEdge => ({ from, to });
  it('names the folders of a file by their first two segments', () => {
    assert.deepEqual(['src/report/x.ts', 'steps/a.steps.ts', 'bin/assure.ts', 'mocks/domain/judge/j.ts', 'cucumber.mjs'].map(folderOf), ['src/report', 'steps', 'bin', 'mocks/domain', 'cucumber.mjs']);
  });
  it('finds two folders that import each other, and a longer loop, with the edges that close them', () => {
    const cycles = findFolderCycles([
      edge('src/a/x.ts', 'src/b/y.ts'), edge('src/b/y.ts', 'src/a/z.ts'),
      edge('src/c/p.ts', 'src/d/q.ts'), edge('src/d/q.ts', 'src/e/r.ts'), edge('src/e/r.ts', 'src/c/s.ts'),
      edge('src/f/one.ts', 'src/g/two.ts'), edge('src/f/one.ts', 'src/f/three.ts'),
    ]);
    assert.deepEqual(cycles, [
      { folders: ['src/a', 'src/b'], edges: ['src/a/x.ts → src/b/y.ts', 'src/b/y.ts → src/a/z.ts'] },
      { folders: ['src/c', 'src/d', 'src/e'], edges: ['src/c/p.ts → src/d/q.ts', 'src/d/q.ts → src/e/r.ts', 'src/e/r.ts → src/c/s.ts'] },
    ]);
  });
  it('finds nothing in a graph that points one way', () => {
    assert.deepEqual(findFolderCycles([edge('steps/a.ts', 'src/x/b.ts'), edge('src/x/b.ts', 'src/y/c.ts'), edge('steps/a.ts', 'src/y/c.ts')]), []);
  });
});

describe('the project\'s imports', () => {
  const production = readImportGraph(ROOT).filter((e) => !isTest(e.from));

  it('reads a graph of the whole tree', () => {
    assert.ok(production.length > 500, `only ${production.length} imports read`);
  });

  it('has no import cycle between folders', () => {
    assert.deepEqual(findFolderCycles(production), []);
  });

  it('never imports upwards (spec → mock domain → rest of the mock → harness → steps → CLIs)', () => {
    assert.deepEqual(upwardImports(production), []);
  });
});
