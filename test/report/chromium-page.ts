// A minimal DevTools-protocol driver for a real headless Chromium: launch it with a throwaway
// profile, attach to one page (flattened session over the browser WebSocket), send commands, listen
// to events, and shut it down. Enough for the report's DOM test and its open-time benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check', '--hide-scrollbars', '--remote-debugging-port=0'];

type Params = Record<string, unknown>;
type Listener = (params: Params) => void;

export interface ChromiumPage {
  send<T = Params>(method: string, params?: Params): Promise<T>;
  /** Subscribes to a page event; returns the unsubscribe function. */
  on(method: string, listener: Listener): () => void;
  /** Evaluates an expression in the page and returns its value (promises awaited). */
  evaluate<T>(expression: string): Promise<T>;
  /** Navigates and resolves on the load event. */
  navigate(url: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

function waitForWsUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools URL within ${timeoutMs} ms:\n${seen}`)), timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited with ${code} before listening:\n${seen}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot start Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH): ${error.message}`));
    });
  });
}

/** A CDP call or event that never comes must fail the test, never hang the run. */
function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(what)), ms); });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export async function launchChromium(options: { readonly width?: number; readonly height?: number; readonly timeoutMs?: number } = {}): Promise<ChromiumPage> {
  const profile = await mkdtemp(join(tmpdir(), 'report-chromium-'));
  const child = spawn(CHROMIUM_PATH, [...FLAGS, `--user-data-dir=${profile}`, `--window-size=${options.width ?? 1400},${options.height ?? 1000}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const wsUrl = await waitForWsUrl(child, options.timeoutMs ?? 10_000).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await rm(profile, { recursive: true, force: true });
    throw error;
  });
  const socket = new WebSocket(wsUrl);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('cannot connect to Chromium DevTools')), { once: true });
  });
  let nextId = 0;
  const pending = new Map<number, { resolve: (value: Params) => void; reject: (error: Error) => void }>();
  const listeners = new Map<string, Set<Listener>>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; method?: string; params?: Params; result?: Params; error?: { message: string } };
    if (message.id !== undefined) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result ?? {});
    } else if (message.method) {
      for (const listener of listeners.get(message.method) ?? []) listener(message.params ?? {});
    }
  });
  const raw = <T>(method: string, params: Params = {}, sessionId?: string): Promise<T> =>
    withDeadline(new Promise((resolve, reject) => {
      nextId += 1;
      pending.set(nextId, { resolve: resolve as (value: Params) => void, reject });
      socket.send(JSON.stringify({ id: nextId, method, params, ...(sessionId ? { sessionId } : {}) }));
    }), 15_000, `Chromium did not answer ${method} within 15 s`);
  const { targetId } = await raw<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await raw<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  const send = <T = Params>(method: string, params: Params = {}) => raw<T>(method, params, sessionId);
  const on = (method: string, listener: Listener) => {
    const set = listeners.get(method) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(method, set);
    return () => set.delete(listener);
  };
  await send('Page.enable');
  await send('Runtime.enable');
  return {
    send,
    on,
    async evaluate<T>(expression: string): Promise<T> {
      const reply = await send<{ result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
      if (reply.exceptionDetails) throw new Error(`page threw: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
      return reply.result.value as T;
    },
    async navigate(url: string): Promise<void> {
      const loaded = new Promise<void>((resolve) => {
        const off = on('Page.loadEventFired', () => {
          off();
          resolve();
        });
      });
      await send('Page.navigate', { url });
      await withDeadline(loaded, 15_000, `Chromium fired no load event for ${url} within 15 s`);
    },
    async screenshot(file: string): Promise<void> {
      const { data } = await send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      await writeFile(file, Buffer.from(data, 'base64'));
    },
    async close(): Promise<void> {
      const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
      await withDeadline(raw('Browser.close'), 2_000, 'Browser.close').catch(() => undefined);
      socket.close();
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
      await rm(profile, { recursive: true, force: true });
    },
  };
}
