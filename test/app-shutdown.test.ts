// The bookkeeping behind the graceful SIGTERM (the whole path runs in test/app-replicas.test.ts):
// handlers are counted while they run, and draining waits for them, or gives up at the deadline.
import { describe, expect, it } from 'vitest';
import { InFlight } from '../src/app/shutdown.ts';

const later = (ms: number, fail = false) => new Promise<void>((resolve, reject) => setTimeout(() => (fail ? reject(new Error('handler failed')) : resolve()), ms));

describe('InFlight', () => {
  it('counts running handlers, failed ones included, until they settle', async () => {
    const inFlight = new InFlight();
    const ok = inFlight.track(() => later(30));
    const failing = inFlight.track(() => later(10, true));
    const runs = [ok(), failing().catch(() => undefined)];
    expect(inFlight.size).toBe(2);
    await Promise.all(runs);
    expect(inFlight.size).toBe(0);
  });

  it('drains: true once every handler finished, including ones started while draining', async () => {
    const inFlight = new InFlight();
    const handler = inFlight.track(() => later(40));
    void handler();
    const drained = inFlight.drain(2000);
    await later(10);
    void handler(); // a webhook accepted just before the server closed
    const started = Date.now();
    expect(await drained).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(inFlight.size).toBe(0);
  });

  it('drains: false at the deadline when a handler is still running', async () => {
    const inFlight = new InFlight();
    void inFlight.track(() => later(500))();
    expect(await inFlight.drain(50)).toBe(false);
    expect(inFlight.size).toBe(1);
  });
});
