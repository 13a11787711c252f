// Cleanups that must run when the process is told to stop (SIGINT, SIGTERM, SIGHUP): the throwaway
// PostgreSQL, its temp dir, the Python driver. Normal exits call close() themselves; a SIGKILL is covered by
// the watchdog in postgres.ts.

type Cleanup = () => Promise<void>;

const cleanups = new Set<Cleanup>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
let installed = false;
let stopping = false;

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  const pending = [...cleanups].reverse();
  cleanups.clear();
  // Later registrations first: the driver (connected to the server) goes before the server.
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref());
  for (const cleanup of pending) {
    await Promise.race([cleanup().catch(() => undefined), deadline]);
  }
  for (const s of SIGNALS) process.removeAllListeners(s);
  // Re-raise so the exit status says which signal stopped us (130 for SIGINT in a shell).
  process.kill(process.pid, signal);
}

/** Run cleanup if the process is stopped by a signal; returns a function that unregisters it. */
export function onTerminate(cleanup: Cleanup): () => void {
  if (!installed) {
    installed = true;
    for (const s of SIGNALS) process.on(s, (sig: NodeJS.Signals) => void onSignal(sig));
  }
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}
