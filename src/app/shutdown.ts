// Graceful shutdown: on SIGTERM the server stops accepting connections and the webhooks being
// handled run to the end (Kubernetes sends SIGTERM, then SIGKILL after the grace period). GitHub's
// webhook middleware answers 202 after 9 s and keeps handling, so the HTTP server closing is not
// enough: every handler is tracked here.

export class InFlight {
  readonly #running = new Set<Promise<unknown>>();

  get size(): number {
    return this.#running.size;
  }

  /** Wraps a handler so that its runs are counted until they settle. */
  track<A extends unknown[]>(handler: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
    return (...args: A) => {
      const run = handler(...args);
      this.#running.add(run);
      const done = () => this.#running.delete(run);
      run.then(done, done);
      return run;
    };
  }

  /** Resolves true once nothing runs, false when `timeoutMs` passes first. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const settled = (async () => {
      while (this.#running.size) await Promise.allSettled([...this.#running]);
      return true as const;
    })();
    try {
      return await Promise.race([settled, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The webhook handlers of this process. */
export const inFlight = new InFlight();

interface Stoppable { stop(): Promise<void> }
interface ShutdownLog { info: (message: string) => void; warn: (message: string) => void }

/** Stops `server`, waits for in-flight webhooks (at most `timeoutMs`), then exits: 0 when all
 * finished, 1 when some were cut off. */
export function stopGracefullyOn(signal: NodeJS.Signals, server: Stoppable, log: ShutdownLog, timeoutMs: number, exit: (code: number) => void = (code) => process.exit(code)): void {
  process.once(signal, () => {
    log.info(`${signal}: no new webhooks; finishing ${inFlight.size} in flight (at most ${Math.round(timeoutMs / 1000)} s)`);
    void (async () => {
      const closed = server.stop().catch(() => undefined);
      const drained = await inFlight.drain(timeoutMs);
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1000))]);
      if (!drained) log.warn(`${inFlight.size} webhooks were still running at the deadline`);
      else log.info('all webhooks finished; exiting');
      exit(drained ? 0 : 1);
    })();
  });
}
