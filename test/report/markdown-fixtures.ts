// Hand-made CheckResults shaped like real alembic-guard output, for the markdown and Action tests.
import type { CheckResult } from "../../src/check/types";
import { docsUrl, type Finding, type Severity } from "../../src/findings";

export function finding(rule: string, severity: Severity, file: string, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    rule,
    severity,
    message: `${rule} at ${file}:${line}`,
    help: `fix ${rule}`,
    file,
    line,
    docs: docsUrl(rule),
    ...extra,
  };
}

export const UNSAFE_INDEX: Finding = {
  rule: "require-concurrent-index-creation",
  severity: "error",
  message: "index `ix_users_email` on existing table `users` is built without CONCURRENTLY: writes to `users` wait for the whole build",
  help: "Create it with `op.create_index(..., postgresql_concurrently=True)` inside `with op.get_context().autocommit_block():`.",
  file: "migrations/versions/0002_index_email.py",
  line: 14,
  column: 5,
  docs: docsUrl("require-concurrent-index-creation"),
  revision: "0002",
  sql: "CREATE INDEX ix_users_email ON users (email)",
  confirmed: "confirmed on PostgreSQL 15: SHARE lock on users",
};

export const DROP_COLUMN: Finding = {
  rule: "ban-drop-column",
  severity: "warning",
  message: "column `users.nickname` is dropped while the running application may still read it",
  help: "Stop reading the column in the application first, deploy, then drop it in a later revision.",
  file: "migrations/versions/0003_drop_nickname.py",
  line: 11,
  docs: docsUrl("ban-drop-column"),
  revision: "0003",
  sql: "ALTER TABLE users DROP COLUMN nickname",
};

export function baseResult(overrides: Partial<CheckResult> = {}): CheckResult {
  return {
    config: "alembic.ini",
    tier: "offline",
    graph: {
      heads: ["0003"],
      bases: ["0001"],
      revisions: [
        { revision: "0001", down_revisions: [], depends_on: [], branch_labels: [], file: "migrations/versions/0001_users.py", line: 8 },
        { revision: "0002", down_revisions: ["0001"], depends_on: [], branch_labels: [], file: "migrations/versions/0002_index_email.py", line: 8 },
        { revision: "0003", down_revisions: ["0002"], depends_on: [], branch_labels: [], file: "migrations/versions/0003_drop_nickname.py", line: 8 },
      ],
      findings: [],
    },
    revisions_in_scope: ["0002", "0003"],
    findings: [UNSAFE_INDEX, DROP_COLUMN],
    roundtrip: {
      server: "PostgreSQL 15.8 (local, started by alembic-guard)",
      revisions: [
        { revision: "0002", upgrade_ms: 12, downgrade_ms: 4, result: "ok" },
        { revision: "0003", upgrade_ms: 9, downgrade_ms: 5, result: "mismatch" },
      ],
      total_ms: 412,
    },
    ...overrides,
  };
}

/** Two heads after merging: the PR's 0004a and main's 0004b both sit on 0003. */
export function twoHeadsResult(): CheckResult {
  const base = baseResult();
  return {
    ...base,
    graph: {
      ...base.graph,
      heads: ["0004a", "0004b"],
      revisions: [
        ...base.graph.revisions,
        { revision: "0004a", down_revisions: ["0003"], depends_on: [], branch_labels: [], file: "migrations/versions/0004_add_status.py", line: 9 },
        { revision: "0004b", down_revisions: ["0003"], depends_on: [], branch_labels: [], file: "migrations/versions/0004_add_orders.py", line: 9 },
      ],
    },
    findings: [
      {
        rule: "multiple-heads",
        severity: "error",
        message: "the revision history has 2 heads: 0004a (migrations/versions/0004_add_status.py), 0004b (migrations/versions/0004_add_orders.py)",
        help: 'Run `alembic merge -m "merge heads" 0004a 0004b`, or point one of them at the other.',
        file: "migrations/versions/0004_add_status.py",
        line: 9,
        docs: docsUrl("multiple-heads"),
        revision: "0004a",
      },
      UNSAFE_INDEX,
    ],
  };
}

/** A report with thousands of findings across hundreds of files, long SQL in each. */
export function hugeResult(files = 400, perFile = 12): CheckResult {
  const findings: Finding[] = [];
  const revisions = [];
  for (let i = 0; i < files; i++) {
    const file = `migrations/versions/${String(i).padStart(4, "0")}_generated_change_number_${i}.py`;
    revisions.push({ revision: `r${i}`, down_revisions: i ? [`r${i - 1}`] : [], depends_on: [], branch_labels: [], file, line: 7 });
    for (let j = 0; j < perFile; j++) {
      findings.push({
        ...UNSAFE_INDEX,
        severity: (["error", "warning", "info"] as const)[j % 3],
        rule: j % 2 ? "ban-drop-column" : "require-concurrent-index-creation",
        file,
        line: 10 + j,
        revision: `r${i}`,
        sql: `CREATE INDEX ix_${i}_${j} ON big_table_${i} (${Array.from({ length: 20 }, (_, k) => `column_${k}`).join(", ")})`,
      });
    }
  }
  return {
    ...baseResult(),
    graph: { heads: [`r${files - 1}`], bases: ["r0"], revisions, findings: [] },
    revisions_in_scope: revisions.map((r) => r.revision),
    findings,
  };
}
