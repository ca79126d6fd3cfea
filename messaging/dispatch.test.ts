import { describe, expect, test, vi } from 'vitest';
import { dispatch, type Handlers, type Sender } from './dispatch';

const self = { id: 'touchline-id', origin: 'chrome-extension://touchline-id/' };
const popup: Sender = { id: 'touchline-id', url: 'chrome-extension://touchline-id/popup.html' };
const contentScript: Sender = { id: 'touchline-id', url: 'https://x.com/notifications', tab: { id: 3 } };

function handlers(): Handlers {
  const ok = vi.fn(async () => 'done');
  return new Proxy({} as Handlers, { get: () => ok });
}

describe('dispatch', () => {
  test('runs the handler of a known type with a valid payload', async () => {
    const reply = await dispatch(handlers(), { type: 'cadence.status', payload: { leadId: 'x:1' } }, popup, self);
    expect(reply).toEqual({ ok: true, data: 'done' });
  });

  test('reads a flat message the same as { type, payload }', async () => {
    const reply = await dispatch(handlers(), { type: 'cadence.status', leadId: 'x:1' }, popup, self);
    expect(reply).toEqual({ ok: true, data: 'done' });
  });

  test('refuses an unknown type, naming it', async () => {
    const reply = await dispatch(handlers(), { type: 'leads.dropAll', payload: {} }, popup, self);
    expect(reply).toEqual({ ok: false, error: 'Unknown message type: "leads.dropAll".' });
  });

  test('refuses inherited property names as types', async () => {
    const reply = await dispatch(handlers(), { type: 'constructor', payload: {} }, popup, self);
    expect(reply.ok).toBe(false);
  });

  test('refuses an invalid payload with the path of the problem', async () => {
    const reply = await dispatch(
      handlers(),
      { type: 'touch.log', payload: { leadId: 'x:1', channel: 'fax' } },
      popup,
      self,
    );
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/^Invalid "touch.log" payload at channel:/);
  });

  test('refuses messages that are not objects or have no type', async () => {
    for (const message of [null, 'backup.export', 42, [], { payload: {} }]) {
      const reply = await dispatch(handlers(), message, popup, self);
      expect(reply.ok).toBe(false);
    }
  });

  test('ignores a foreign sender (another extension) before looking at the message', async () => {
    const h = handlers();
    const reply = await dispatch(h, { type: 'backup.export', payload: {} }, { id: 'evil-extension' }, self);
    expect(reply).toEqual({ ok: false, error: 'Ignored: the message did not come from Touchline.' });
  });

  test('a content script may send captures but not read or replace the data', async () => {
    const capture = {
      type: 'capture.people',
      payload: { kind: 'followed', source: 'x.notifications', viewer: '1', people: [] },
    };
    expect((await dispatch(handlers(), capture, contentScript, self)).ok).toBe(true);
    // cadence.status too: no content script asks it (issue #13: they may send only what they send).
    for (const type of ['backup.export', 'backup.import', 'data.clear', 'lead.delete', 'cadence.status']) {
      const reply = await dispatch(handlers(), { type, payload: {} }, contentScript, self);
      expect(reply).toEqual({ ok: false, error: `"${type}" may only be sent from Touchline's own pages.` });
    }
  });

  test("a handler's error becomes ok:false with its message", async () => {
    const failing = new Proxy({} as Handlers, {
      get: () => async () => {
        throw new Error('No lead "x:1".');
      },
    });
    const reply = await dispatch(failing, { type: 'cadence.status', payload: { leadId: 'x:1' } }, popup, self);
    expect(reply).toEqual({ ok: false, error: 'No lead "x:1".' });
  });
});
