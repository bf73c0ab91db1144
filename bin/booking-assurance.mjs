#!/usr/bin/env node
// booking-assurance <command> [options]: the package's one executable. Plain JavaScript, so that on
// a Node older than the engines range it can still say, in one line, which Node is needed. From a
// checkout it runs the TypeScript sources; from the installed package, the compiled ones in dist/.
import { existsSync } from 'node:fs';
import { nodeVersionProblem } from './node-version.mjs';

const COMMANDS = ['mock', 'assure', 'consumer-assure', 'doctor', 'evidence-pack'];
const usage = `usage: booking-assurance <${COMMANDS.join('|')}> [options]   (booking-assurance <command> --help for its options)`;

const problem = nodeVersionProblem();
if (problem !== undefined) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}

const command = process.argv[2];
if (command === undefined || command === '--help' || command === '-h') {
  process.stdout.write(`${usage}\n`);
  process.exit(command === undefined ? 2 : 0);
}
if (!COMMANDS.includes(command)) {
  process.stderr.write(`Unknown command ${JSON.stringify(command)}\n${usage}\n`);
  process.exit(2);
}
// The command reads its own options from process.argv.slice(2).
process.argv.splice(2, 1);
const source = new URL(`./${command}.ts`, import.meta.url);
await import(existsSync(source) ? source.href : new URL(`../dist/bin/${command}.js`, import.meta.url).href);
