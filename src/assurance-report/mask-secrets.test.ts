import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml } from './escape-html.ts';
import { maskSecrets } from './mask-secrets.ts';

describe('maskSecrets', () => {
  it('masks secret-sounding keys at any depth and keeps file names and env var names', () => {
    const config = { name: 'T', tls: { cert: 'c.pem', key: 'k.pem', passphrase: 'hunter2', passphraseEnv: 'TLS_PASS' }, auth: [{ apiKey: 'abc', clientSecret: 's' }], token: 'eyJ' };
    assert.deepEqual(maskSecrets(config), {
      name: 'T',
      tls: { cert: 'c.pem', key: 'k.pem', passphrase: '[redacted]', passphraseEnv: 'TLS_PASS' },
      auth: [{ apiKey: '[redacted]', clientSecret: '[redacted]' }],
      token: '[redacted]',
    });
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or leave an attribute', () => {
    assert.equal(escapeHtml(`<script>alert("x") & 'y'</script>`), '&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;');
    assert.equal(escapeHtml(404), '404');
  });
});
