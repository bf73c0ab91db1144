// npm run mock — the reference mock provider over HTTP for consumers written in any language.
// The first line printed is exactly "Mock provider listening at <FHIR base URL>".
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { mergeProviderConfig } from '../mocks/domain/merge-provider-config.ts';
import { strictProviderConfig } from '../mocks/domain/provider-config.ts';
import { isFixtureName } from '../mocks/fixtures/fixture-registry.ts';
import { ProviderFileError } from '../mocks/provider-file/provider-file-error.ts';
import { resolveProvider } from '../mocks/fixtures/resolve-provider.ts';
import { isMockFault, MOCK_FAULTS, type MockFault } from '../mocks/faults/mock-fault.ts';
import { COMBINED_VARIANT, isMockVariant, MOCK_VARIANTS, type MockVariant } from '../mocks/variants/mock-variant.ts';
import { MockStartError, startMockServer } from '../mocks/server/start-mock-server.ts';
import { parseTrafficBudget } from '../mocks/store/parse-traffic-budget.ts';

// A reader that stops early (`| head -1`) must not crash the server.
process.stdout.on('error', () => {});

const usage = `Usage: npm run mock -- [--port N] [--host H] [--base-path /STU3/1/x] [--fixture default|f1 | --provider my.yaml] [--freeze <instant>] [--config switches.json] [--tls-cert server.pem --tls-key server.key [--tls-ca clients-ca.pem]] [--admin-token T] [--fault NAME]... [--variant NAME|combined]...
  [--traffic-max-body-bytes N] [--traffic-max-total-bytes N] [--traffic-max-entries N]   the traffic recording's budget
Environment: PORT (default 4000), HOST (default 127.0.0.1), MOCK_ADMIN_TOKEN (the admin token; required with a HOST beyond loopback).
Faults (for proving an assurance suite): ${Object.keys(MOCK_FAULTS).join(', ')}
Valid variants (choices a conformant provider may make): ${Object.keys(MOCK_VARIANTS).join(', ')}, combined`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'base-path': { type: 'string' },
    fixture: { type: 'string' },
    provider: { type: 'string' },
    freeze: { type: 'string' },
    fault: { type: 'string', multiple: true },
    variant: { type: 'string', multiple: true },
    config: { type: 'string' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    'tls-ca': { type: 'string' },
    'admin-token': { type: 'string' },
    'traffic-max-body-bytes': { type: 'string' },
    'traffic-max-total-bytes': { type: 'string' },
    'traffic-max-entries': { type: 'string' },
    help: { type: 'boolean' },
  },
  strict: true,
});

if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

const port = Number(values.port ?? process.env.PORT ?? 4000);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Invalid port ${values.port ?? process.env.PORT}`);
const fixture = values.fixture ?? 'default';
if (!isFixtureName(fixture)) fail(`Unknown fixture ${fixture}`);
if (values.provider !== undefined && values.fixture !== undefined) fail('--provider and --fixture choose the same thing; give one');

function readProvider(path: string | undefined) {
  if (path === undefined) return undefined;
  try {
    return resolveProvider(path);
  } catch (error) {
    if (error instanceof ProviderFileError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}
const provider = readProvider(values.provider);
const faults: MockFault[] = (values.fault ?? []).map((name) => (isMockFault(name) ? name : fail(`Unknown fault ${name}`)));
const variants: MockVariant[] = (values.variant ?? []).flatMap((name) => (name === 'combined' ? COMBINED_VARIANT : isMockVariant(name) ? [name] : fail(`Unknown variant ${name}`)));
const nowMs = values.freeze === undefined ? undefined : Date.parse(values.freeze);
if (nowMs !== undefined && Number.isNaN(nowMs)) fail(`Invalid --freeze instant ${values.freeze}`);

function readConfig(path: string | undefined) {
  if (path === undefined) return strictProviderConfig;
  let changes: unknown;
  try {
    changes = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return fail(`Cannot read --config ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return fail(`--config ${path} must hold a JSON object of switches`);
  const merged = mergeProviderConfig(strictProviderConfig, changes as Record<string, unknown>);
  return merged.ok ? merged.config : fail(`--config ${path}: ${merged.problem.diagnostics}`);
}
const config = readConfig(values.config);

function readTls() {
  const { 'tls-cert': cert, 'tls-key': key, 'tls-ca': ca } = values;
  if (cert === undefined && key === undefined && ca === undefined) return undefined;
  if (cert === undefined || key === undefined) return fail('--tls-cert and --tls-key go together (mutual TLS also takes --tls-ca)');
  const read = (flag: string, path: string) => {
    try {
      return readFileSync(path);
    } catch (error) {
      return fail(`Cannot read ${flag} ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return { cert: read('--tls-cert', cert), key: read('--tls-key', key), ...(ca === undefined ? {} : { ca: read('--tls-ca', ca) }) };
}
const tls = readTls();
const adminToken = values['admin-token'] ?? (process.env.MOCK_ADMIN_TOKEN || undefined);
if (adminToken !== undefined && adminToken.trim() === '') fail('--admin-token (or MOCK_ADMIN_TOKEN) must not be empty');
const traffic = parseTrafficBudget(values);
if (!traffic.ok) fail(traffic.message);

const mock = await startMockServer({
  config,
  ...(tls ? { tls } : {}),
  port,
  host: values.host ?? process.env.HOST ?? '127.0.0.1',
  basePath: values['base-path'],
  fixture,
  ...(provider ? { provider } : {}),
  faults,
  traffic: traffic.budget,
  variants,
  ...(nowMs === undefined ? {} : { nowMs }),
  ...(adminToken === undefined ? {} : { adminToken }),
}).catch((error: unknown) => {
  if (error instanceof MockStartError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  return fail(`Could not start the mock provider: ${error instanceof Error ? error.message : String(error)}`);
});

process.stdout.write(`Mock provider listening at ${mock.baseUrl}\n`);
process.stdout.write(`Admin: ${new URL(mock.baseUrl).origin}/_admin/state (provider ${mock.state.fixtureName}${faults.length ? `, faults: ${faults.join(', ')}` : ''}${variants.length ? `, variants: ${variants.join(', ')}` : ''})\n`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    mock.close().then(() => process.exit(0), () => process.exit(1));
  });
}
