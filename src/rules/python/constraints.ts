// The Alembic forms of the constraint SQL rules: op.create_foreign_key / create_check_constraint /
// create_unique_constraint on a table that existed before the revision.
import type { PythonOpCall, PythonRule, PythonRuleInput } from "./types";
import { upgradeCalls } from "./types";
import { callArgs, hasSplat, isTrue, stringValue } from "./ast";
import { tableArgument, tablesCreatedInUpgrade } from "./tables";

/** The op.* call's table when it existed before this revision (not created earlier in upgrade()); else undefined. */
function existingTable(input: PythonRuleInput, call: PythonOpCall, tableIndex: number, keyword = "table_name"): string | undefined {
  if (hasSplat(call.node)) return undefined;
  const table = tableArgument(call, tableIndex, keyword);
  if (!table || tablesCreatedInUpgrade(input, call.line).has(table)) return undefined;
  return table;
}

/** "foreign key constraint `fk_x`", or "a foreign key constraint" when unnamed (op.create_foreign_key(None, ...)). */
function named(call: PythonOpCall, kind: string): string {
  return call.firstStringArg ? `${kind} constraint \`${call.firstStringArg}\`` : `a ${kind} constraint`;
}

export const pythonAddingForeignKeyConstraint: PythonRule = {
  id: "adding-foreign-key-constraint",
  sameAs: ["adding-foreign-key-constraint", "constraint-missing-not-valid"],
  check(input) {
    return upgradeCalls(input, "create_foreign_key").flatMap((c) => {
      if (isTrue(callArgs(c.node).keywords.get("postgresql_not_valid"))) return [];
      const table = existingTable(input, c, 1, "source_table");
      if (!table) return [];
      const { positional, keywords } = callArgs(c.node);
      const referent = stringValue(keywords.get("referent_table") ?? positional[c.via === "batch" ? 1 : 2]);
      // A self-reference (parent_id → id) locks one table.
      const alsoLocked = referent && referent !== table ? ` and \`${referent}\` against changes` : "";
      return [
        {
          message:
            `op.create_foreign_key() adds ${named(c, "foreign key")} to existing table \`${table}\` and validates every row at once: ` +
            `\`${table}\` is locked against writes${alsoLocked} until the scan finishes`,
          help:
            'Add it NOT VALID (op.execute("ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID"), or ' +
            "postgresql_not_valid=True with SQLAlchemy ≥ 2.0), then VALIDATE CONSTRAINT in a later revision or inside `autocommit_block()`.",
          line: c.line,
          column: c.column,
        },
      ];
    });
  },
};

export const pythonConstraintMissingNotValid: PythonRule = {
  id: "constraint-missing-not-valid",
  sameAs: ["constraint-missing-not-valid"],
  check(input) {
    return upgradeCalls(input, "create_check_constraint").flatMap((c) => {
      if (isTrue(callArgs(c.node).keywords.get("postgresql_not_valid"))) return [];
      const table = existingTable(input, c, 1);
      if (!table) return [];
      return [
        {
          message: `op.create_check_constraint() adds ${named(c, "CHECK")} to existing table \`${table}\` without NOT VALID: every row is checked while an ACCESS EXCLUSIVE lock blocks reads and writes`,
          help:
            'Add it NOT VALID (op.execute("ALTER TABLE ... ADD CONSTRAINT ... CHECK (...) NOT VALID")), then ' +
            "op.execute(\"ALTER TABLE ... VALIDATE CONSTRAINT ...\") in a later revision or inside `autocommit_block()`.",
          line: c.line,
          column: c.column,
        },
      ];
    });
  },
};

export const pythonDisallowedUniqueConstraint: PythonRule = {
  id: "disallowed-unique-constraint",
  sameAs: ["disallowed-unique-constraint"],
  check(input) {
    return upgradeCalls(input, "create_unique_constraint").flatMap((c) => {
      const table = existingTable(input, c, 1);
      if (!table) return [];
      return [
        {
          message: `op.create_unique_constraint() adds ${named(c, "unique")} to existing table \`${table}\`: the unique index is built while an ACCESS EXCLUSIVE lock blocks every read and write`,
          help:
            "Build the index first with op.create_index(..., unique=True, postgresql_concurrently=True) inside `autocommit_block()`, " +
            'then op.execute("ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX ...").',
          line: c.line,
          column: c.column,
        },
      ];
    });
  },
};
