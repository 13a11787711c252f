import type { SqlRule } from "../types";
import { nameParts } from "../../sql/names";
import { constraintKind } from "./util-locks";

export const banAlterDomainWithAddConstraint: SqlRule = {
  meta: {
    id: "ban-alter-domain-with-add-constraint",
    family: "locks",
    defaultSeverity: "error",
    summary: "ALTER DOMAIN ... ADD CONSTRAINT / SET NOT NULL scans every table that uses the domain while holding locks that block their writes.",
  },
  kinds: ["AlterDomainStmt"],
  check(stmt, ctx) {
    const parts = nameParts(stmt.body.typeName);
    const domain = parts.join(".");
    // A domain created in the same migration: no column of an existing table can use it yet.
    if (ctx.typeCreatedEarlier({ schema: parts.length > 1 ? parts[0] : undefined, name: parts.at(-1) ?? "?" }, stmt.index)) return [];
    const help =
      "Put the constraint on the table columns instead: op.execute(\"ALTER TABLE ... ADD CONSTRAINT ... CHECK (...) NOT VALID\"), " +
      "then VALIDATE CONSTRAINT in a later revision.";
    if (stmt.body.subtype === "O") {
      return [
        {
          message: `domain \`${domain}\` is set NOT NULL: every column of every table using it is scanned while those tables are locked against writes`,
          help,
        },
      ];
    }
    const c = stmt.body.def?.Constraint;
    if (stmt.body.subtype !== "C" || !c || c.skip_validation) return [];
    return [
      {
        message:
          `${constraintKind(c)} constraint ${c.conname ? `\`${c.conname}\` ` : ""}added to domain \`${domain}\`: every column of every table using the domain ` +
          "is scanned while those tables hold SHARE locks that block INSERT, UPDATE and DELETE",
        help,
        location: c.location,
      },
    ];
  },
};
