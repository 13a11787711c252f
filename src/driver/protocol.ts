// The JSON-lines protocol between the TypeScript side (src/driver/client.ts) and dist/driver.py
// (one Python process per run). Request: one JSON object per line on the driver's stdin. Response: one JSON
// object per line on its stdout, with the same id. Only protocol lines ever reach stdout (the user's prints
// and logging go to stderr, which is free text kept for diagnostics). One request at a time.
//
// The driver is started as `python driver.py '<DriverInit as JSON>'` and answers nothing until asked.

/** The single command-line argument of driver.py. */
export interface DriverInit {
  /** alembic.ini (or pyproject.toml with [tool.alembic], Alembic ≥ 1.16), absolute. */
  config: string;
  /** alembic.ini section (alembic -n). */
  section: string;
  /** The throwaway database (online mode). Absent: offline only, and every connection attempt is refused. */
  database_url?: string;
  /**
   * Name of the environment variable holding the throwaway database URL, instead of database_url: the command
   * line is readable by every user of the machine (ps), the environment only by ours. Wins over database_url.
   */
  database_url_env?: string;
  /** Extra directories whose frames count as "the op.* call" (the driver adds Alembic's own version locations). */
  version_locations: string[];
}

/** Every statement Alembic executed (or rendered, offline), in order. */
export interface CapturedStatement {
  /** Online: the SQL as sent to the DBAPI (may hold placeholders, see `parameters`). Offline: rendered SQL, no terminator. */
  sql: string;
  /** The revision being applied when the statement ran (null: env.py / Alembic outside any revision). */
  revision: string | null;
  /** Innermost stack frame inside a versions directory: the op.* call that emitted it. Absolute path. */
  file: string | null;
  line: number | null;
  /**
   * Online: false when the DBAPI connection is in autocommit (inside `op.get_context().autocommit_block()`).
   * Offline: false between the COMMIT and BEGIN Alembic writes for an autocommit block, and when no BEGIN
   * was written at all (transactional_ddl off).
   */
  in_transaction: boolean;
  /** Alembic's own work: the version table (create, select, update), outside any revision's upgrade()/downgrade(). */
  bookkeeping?: boolean;
  /** Online only: execution time of the statement. */
  ms?: number;
  /** Online only, when the statement had bound parameters (JSON-safe rendering, long values cut). */
  parameters?: unknown;
}

export interface LockHeld {
  /** schema-qualified relation name, e.g. "public.users" */
  relation: string;
  /** e.g. "AccessExclusiveLock" */
  mode: string;
  /** pg_class.relkind spelled out: "table", "index", "sequence", "view", "materialized view", "partitioned table", ... */
  kind: string;
}

export interface ObservedLocks {
  /** The last revision applied in the transaction that was about to commit. */
  revision: string | null;
  /** Every revision applied in that transaction (several when transaction_per_migration is off). */
  revisions: string[];
  locks: LockHeld[];
}

export interface DriverError {
  /**
   * Python exception class, e.g. "IntegrityError", "ProgrammingError", "NotImplementedError" (a downgrade
   * that cannot be undone), "CommandError" (Alembic: unknown revision, ...), "ForeignDatabaseRefused" (env.py
   * tried to connect to a database other than the throwaway one), "DriverProblem" (the request cannot be
   * served: no database given, database not at head for drift, target_metadata is None).
   */
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
  /** Last frames of the traceback (up to 8) and the exception line, already formatted. */
  traceback: string;
}

export type DriverRequest =
  /** Versions, the script directory, heads as Alembic sees them; also runs env.py once (see HelloResponse.env). */
  | { id: number; cmd: "hello" }
  /** Offline (--sql) SQL for a range: from null = base, to e.g. "head" or a revision. Upgrade direction. */
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
  /** sys.executable */
  python: string;
  python_version: string;
  alembic_version: string;
  sqlalchemy_version: string;
  /** The config file actually loaded. */
  config_file: string;
  script_location: string;
  /** Absolute, real paths. */
  version_locations: string[];
  heads: string[];
  /**
   * env.py was executed once without running any migration ("online": connected to the throwaway database,
   * "offline": in --sql mode with the output discarded) to prove it imports.
   */
  env: "online" | "offline";
  /** target_metadata passed to context.configure() was not None. */
  has_target_metadata: boolean;
  /**
   * The SQLAlchemy dialect env.py configured ("postgresql"; null when env.py never called run_migrations()).
   * Offline SQL rendered for another dialect is not PostgreSQL's.
   */
  dialect: string | null;
  /** Alembic's version table as env.py configured it (context.configure(version_table=...)); "alembic_version" by default. */
  version_table?: string;
  /** context.configure(version_table_schema=...), null when not set. */
  version_table_schema?: string | null;
}

export interface AppliedStep {
  revision: string;
  direction: "upgrade" | "downgrade";
  /** Time in the revision's upgrade()/downgrade() function. */
  ms: number;
}

export interface StepResponse {
  id: number;
  ok: boolean;
  ms: number;
  statements: CapturedStatement[];
  /** Revisions whose upgrade()/downgrade() ran to completion, in order. */
  applied: AppliedStep[];
  /** With observe_locks: per committed migration transaction, locks held by the migration's backend just before commit. */
  locks?: ObservedLocks[];
  /** Statements past the first 20,000 of one request are counted here instead of listed. */
  omitted_statements?: number;
  /** The whole command failed (online: Alembic rolled back what the failing transaction did). */
  error?: DriverError;
  /**
   * Offline `sql` only: revisions that could not be rendered (typically they read the database through
   * op.get_bind()). Their statements are left out; the other revisions of the range are still rendered.
   * `ok` stays true when only revision errors occurred.
   */
  revision_errors?: Array<DriverError & { revision: string }>;
}

export interface DriftDiff {
  /** Alembic's autogenerate kind: add_table, remove_table, add_column, remove_column, modify_type, modify_nullable, add_index, ... */
  kind: string;
  /** e.g. "column users.nickname is in the models but no migration creates it" */
  description: string;
  table?: string;
  column?: string;
}

export interface DriftResponse {
  id: number;
  ok: boolean;
  ms: number;
  diffs: DriftDiff[];
  error?: DriverError;
}

/** Any request can also fail as a whole (bad request, env.py raised before running anything). */
export interface ErrorResponse {
  id: number;
  ok: false;
  error: DriverError;
}
