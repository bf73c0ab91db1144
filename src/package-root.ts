// Where the suite's own files are (features, steps, schemas, cucumber profiles): the repository
// root when run from source, the package's `dist/` when run from the built, installed package.
// The step and formatter modules are TypeScript in the first case and JavaScript in the second.
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const CODE_EXTENSION: 'ts' | 'js' = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
