// Plain JavaScript on purpose: it must run on any Node, to say which Node the tool needs.
// The range is the package's own `engines.node` (">=MAJOR.MINOR").
import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const range = packageJson.engines.node;

function parts(version) {
  return version.replace(/^[^\d]*/, '').split('.').map(Number);
}

/** One line saying which Node is needed and how to get it, or undefined when this Node will do. */
export function nodeVersionProblem(version = process.versions.node) {
  const [needMajor, needMinor] = parts(range);
  const [major, minor] = parts(version);
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return undefined;
  return `booking-assurance needs Node.js ${range} (this is Node.js ${version}): install Node.js 24 LTS from https://nodejs.org/en/download (or \`nvm install 24\`), then run it again.`;
}
