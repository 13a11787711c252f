// Cleanups that must run when the process is told to stop (SIGINT, SIGTERM, SIGHUP): the throwaway
// PostgreSQL, its temp dir, the Python driver. Normal exits call close() themselves; a SIGKILL is covered by
// the watchdog in postgres.ts.

type Cleanup = () => Promise<void>;

const cleanups = new Set<Cleanup>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const listeners = new Map<NodeJS.Signals, (signal: NodeJS.Signals) => void>();
let stopping = false;

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  // In registration order: the server goes before the driver, so a migration waiting in the database fails at
  // once and the driver quits without sitting out its grace period.
  const pending = [...cleanups];
  cleanups.clear();
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref());
  for (const cleanup of pending) {
    await Promise.race([cleanup().catch(() => undefined), deadline]);
  }
  for (const [s, listener] of listeners) process.removeListener(s, listener);
  listeners.clear();
  // Re-raise so the exit status says which signal stopped us (130 for SIGINT in a shell) — unless someone
  // else listens for it too and decides how to exit.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/** Run cleanup if the process is stopped by a signal; returns a function that unregisters it. */
export function onTerminate(cleanup: Cleanup): () => void {
  if (listeners.size === 0 && !stopping) {
    for (const s of SIGNALS) {
      const listener = (sig: NodeJS.Signals) => void onSignal(sig);
      listeners.set(s, listener);
      process.on(s, listener);
    }
  }
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
    // Nothing left to clean: give the signals back their default behaviour.
    if (cleanups.size === 0 && !stopping) {
      for (const [s, listener] of listeners) process.removeListener(s, listener);
      listeners.clear();
    }
  };
}
