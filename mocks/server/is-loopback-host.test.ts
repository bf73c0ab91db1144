import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isLoopbackHost } from './is-loopback-host.ts';

test('isLoopbackHost: only addresses that reach this machine alone', () => {
  for (const host of ['127.0.0.1', '127.8.9.10', 'localhost', 'LOCALHOST', '::1', '[::1]', '::ffff:127.0.0.1']) assert.equal(isLoopbackHost(host), true, host);
  for (const host of ['0.0.0.0', '::', '192.168.1.4', '10.0.0.1', 'example.org', '::ffff:10.0.0.1', '127.0.0.1.nip.io', '']) assert.equal(isLoopbackHost(host), false, host);
});
