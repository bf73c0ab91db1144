// npm run build (and prepack): compiles the TypeScript into dist/ and copies what the compiled code
// reads at run time (features, schemas, cucumber profiles, built-in provider files, FHIR examples),
// plus the library entry points that first check the Node version.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = new URL('../', import.meta.url);
const at = (path) => new URL(path, root);
rmSync(at('dist'), { recursive: true, force: true });
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });

for (const dir of ['features', 'schemas', 'src/fhir/examples']) cpSync(at(dir), at(`dist/${dir}`), { recursive: true });
for (const file of ['cucumber.mjs', 'cucumber-consumer.mjs']) cpSync(at(file), at(`dist/${file}`));
for (const file of readdirSync(at('mocks/fixtures')).filter((f) => f.endsWith('.provider.yaml'))) cpSync(at(`mocks/fixtures/${file}`), at(`dist/mocks/fixtures/${file}`));

const entries = { mock: 'mocks/create-mock-provider.js', server: 'mocks/server/start-mock-server.js', jwt: 'src/jwt/build-jwt.js', provider: 'mocks/provider-file/load-provider-file.js' };
mkdirSync(at('dist/entry'), { recursive: true });
for (const [name, module] of Object.entries(entries)) {
  writeFileSync(at(`dist/entry/${name}.js`), `import '../../bin/node-guard.mjs';\nexport * from '../${module}';\n`);
}
