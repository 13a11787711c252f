// The JSON-lines protocol between the TypeScript side and dist/driver.py (one Python process per run).
// Request: one JSON object per line on the driver's stdin. Response: one JSON object per line on its stdout,
// with the same id. stderr is free text kept for diagnostics.

export interface DriverRequestBase {
  id: number;
}

/** Every statement Alembic executed (or rendered, offline), in order. */
export interface CapturedStatement {
  sql: string;
  /** The revision being applied when the statement ran (null: Alembic's own bookkeeping outside a revision). */
  revision: string | null;
  /** Innermost stack frame inside a versions directory: the op.* call that emitted it. Absolute path. */
  file: string | null;
  line: number | null;
  /** False inside `with op.get_context().autocommit_block():` (or with transaction_per_migration off). */
  in_transaction: boolean;
  /** Alembic's own version-table bookkeeping (UPDATE alembic_version ...), not the user's migration. */
  bookkeeping?: boolean;
}

export interface LockHeld {
  /** schema-qualified relation name */
  relation: string;
  mode: string; // e.g. "AccessExclusiveLock"
}

export interface DriverError {
  /** Python exception class, e.g. "ProgrammingError", "NotImplementedError". */
  type: string;
  message: string;
  /** PostgreSQL SQLSTATE when the error came from the server. */
  sqlstate?: string;
  /** The server's primary message. */
  pg_message?: string;
  /** The op.* call (innermost frame in a versions directory). */
  file?: string;
  line?: number;
  revision?: string;
  /** Last frames of the traceback, already formatted. */
  traceback: string;
}

export type DriverRequest =
  /** Versions, the script directory, heads as Alembic sees them. */
  | { id: number; cmd: "hello" }
  /** Offline (--sql) SQL for a range, e.g. from "base" (or a revision) to a revision. */
  | { id: number; cmd: "sql"; from: string | null; to: string }
  /** Online: run against the database URL given at start. observe_locks: report locks held just before each commit. */
  | { id: number; cmd: "upgrade"; target: string; observe_locks?: boolean }
  | { id: number; cmd: "downgrade"; target: string; observe_locks?: boolean }
  /** Autogenerate comparison of target_metadata with the database (works on Alembic 1.8, which has no `alembic check`). */
  | { id: number; cmd: "check_drift" }
  | { id: number; cmd: "quit" };

export interface HelloResponse {
  id: number;
  ok: true;
  python: string;
  alembic_version: string;
  sqlalchemy_version: string;
  script_location: string;
  version_locations: string[];
  heads: string[];
}

export interface StepResponse {
  id: number;
  ok: boolean;
  ms: number;
  statements: CapturedStatement[];
  /** With observe_locks: per revision, locks held by the migration's backend just before commit. */
  locks?: Array<{ revision: string | null; locks: LockHeld[] }>;
  error?: DriverError;
}

export interface DriftResponse {
  id: number;
  ok: boolean;
  /** Human-readable differences, e.g. "add_column users.nickname". */
  diffs: Array<{ kind: string; description: string }>;
  error?: DriverError;
}
