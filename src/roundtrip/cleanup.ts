// Cleanups that must run when the process is told to stop (SIGINT, SIGTERM, SIGHUP): the throwaway
// PostgreSQL, its temp dir, the Python driver. Normal exits call close() themselves; a SIGKILL is covered by
// the watchdog in postgres.ts.
//
// While the cleanups run, the run they clean up fails (the server is gone under a migration). Those failures
// are ours, not the user's: code that may see them asks terminating() and then waits in untilTerminated()
// instead of reporting, and the process ends with the signal and one line on stderr.

type Cleanup = () => Promise<void>;
/** What a cleanup removes, for the line printed on a signal; a function when it depends on how far the run got. */
type Label = string | (() => string | undefined);

const cleanups = new Map<Cleanup, Label | undefined>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const listeners = new Map<NodeJS.Signals, (signal: NodeJS.Signals) => void>();
let stopping = false;

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  // In registration order: the server goes before the driver, so a migration waiting in the database fails at
  // once and the driver quits without sitting out its grace period.
  const what: string[] = [];
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref());
  // Drained until empty: a step that was already under way (a server starting) may register its cleanup late.
  while (cleanups.size > 0) {
    const pending = [...cleanups];
    cleanups.clear();
    for (const [cleanup, label] of pending) {
      const w = typeof label === "function" ? label() : label;
      if (w) what.push(w);
      await Promise.race([cleanup().catch(() => undefined), deadline]);
    }
  }
  for (const [s, listener] of listeners) process.removeListener(s, listener);
  listeners.clear();
  process.stderr.write(`alembic-guard: interrupted; cleaned up ${what.length ? what.join(", ") : "nothing (nothing was running yet)"}\n`);
  // Re-raise so the exit status says which signal stopped us (130 for SIGINT, 143 for SIGTERM in a shell) —
  // unless someone else listens for it too and decides how to exit.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/** True from the moment a stop signal arrives: errors seen from then on come from our own cleanup. */
export function terminating(): boolean {
  return stopping;
}

/**
 * Never settles: the signal handler ends the process once its cleanups are done. Await it where a result
 * (a report, a finding) would otherwise come out of a run that the cleanup broke.
 */
export function untilTerminated(): Promise<never> {
  return new Promise<never>(() => undefined);
}

/** Run cleanup if the process is stopped by a signal; returns a function that unregisters it. */
export function onTerminate(cleanup: Cleanup, what?: Label): () => void {
  if (listeners.size === 0 && !stopping) {
    for (const s of SIGNALS) {
      const listener = (sig: NodeJS.Signals) => void onSignal(sig);
      listeners.set(s, listener);
      process.on(s, listener);
    }
  }
  cleanups.set(cleanup, what);
  return () => {
    cleanups.delete(cleanup);
    // Nothing left to clean: give the signals back their default behaviour.
    if (cleanups.size === 0 && !stopping) {
      for (const [s, listener] of listeners) process.removeListener(s, listener);
      listeners.clear();
    }
  };
}

/** The cleanups registered now and what they remove (for tests that check a cleanup is in place before a step). */
export function pendingCleanups(): { cleanup: Cleanup; what: string | undefined }[] {
  return [...cleanups].map(([cleanup, label]) => ({ cleanup, what: typeof label === "function" ? label() : label }));
}
