import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CleanupStack } from './cleanup-stack.ts';

describe('CleanupStack', () => {
  it('runs newest first, keeps going after a failure and reports it', async () => {
    const stack = new CleanupStack();
    const ran: string[] = [];
    stack.defer('first', async () => ran.push('first'));
    stack.defer('broken', async () => { throw new Error('admin unreachable'); });
    stack.defer('last', async () => ran.push('last'));
    assert.deepEqual(await stack.drain(), ['broken: admin unreachable']);
    assert.deepEqual(ran, ['last', 'first']);
    assert.equal(stack.size, 0);
  });
});
