import { afterEach, describe, expect, test, vi } from 'vitest';
import { BRIDGE_DRAINED } from '@/bridge/channel';
import { bridgeMessage } from '@/bridge/hook-test-helpers';
import { serveReads } from './off-thread';

const message = bridgeMessage;

afterEach(() => vi.unstubAllGlobals());

describe('serveReads (the worker side)', () => {
  test('answers what it is posted, and reads what the hook posts it once validated', async () => {
    const out: unknown[] = [];
    const scope = globalThis as unknown as { onmessage: ((e: { data: unknown }) => void) | null };
    vi.stubGlobal('postMessage', (data: unknown) => out.push(data));
    serveReads((m) => `read:${m.url}`);
    expect(out).toEqual([{ ready: true }]);
    scope.onmessage?.({ data: { id: 7, message: message('a') } });
    const { port1, port2 } = new MessageChannel();
    scope.onmessage?.({ data: { hook: port2 } });
    port1.postMessage(message('b'));
    port1.postMessage({ ...message('forged'), status: 'two hundred' });
    port1.postMessage({ channel: BRIDGE_DRAINED });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(out).toEqual([{ ready: true }, { id: 7, read: 'read:a' }, { direct: 'read:b' }, { drained: true }]);
    port1.close();
    scope.onmessage = null;
  });
});
