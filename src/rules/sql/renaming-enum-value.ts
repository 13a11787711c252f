import type { SqlRule } from "../types";
import { displayName } from "../../sql/names";
import { typeNameFromParts } from "./util-breaking";

export const renamingEnumValue: SqlRule = {
  meta: {
    id: "renaming-enum-value",
    family: "breaking",
    defaultSeverity: "error",
    summary: "ALTER TYPE … RENAME VALUE breaks running code that still reads or writes the old label.",
    minPgVersion: 10,
  },
  kinds: ["AlterEnumStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "AlterEnumStmt" || stmt.body.oldVal === undefined) return [];
    const type = typeNameFromParts(stmt.body.typeName);
    if (ctx.typeCreatedEarlier(type, stmt.index)) return [];
    return [
      {
        message:
          `renaming value '${stmt.body.oldVal}' of enum \`${displayName(type)}\` to '${stmt.body.newVal}' breaks running code: ` +
          `inserting '${stmt.body.oldVal}' fails with "invalid input value for enum", and code comparing with '${stmt.body.oldVal}' silently matches nothing`,
        help:
          `Expand/contract: add '${stmt.body.newVal}' with ALTER TYPE ... ADD VALUE (in its own revision), deploy code that accepts both, ` +
          `UPDATE the rows in batches, switch writers to '${stmt.body.newVal}', and only then retire '${stmt.body.oldVal}'.`,
      },
    ];
  },
};
