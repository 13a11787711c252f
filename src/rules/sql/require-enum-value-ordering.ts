import type { SqlRule } from "../types";
import type { LintContext, Statement } from "../../sql/types";
import { displayName, nameParts } from "../../sql/names";
import { typeNameFromParts } from "./util-breaking";

/**
 * The labels of an enum created earlier in the same unit, in order, as of just before `beforeIndex`
 * (CREATE TYPE … AS ENUM, then every ADD VALUE / RENAME VALUE since). undefined when it was not created here.
 */
function labelsBefore(ctx: LintContext, beforeIndex: number): string[] | undefined {
  return labelsBeforeEachAlter(ctx).get(beforeIndex);
}

/**
 * One pass over the unit: for every ALTER TYPE … ADD VALUE … BEFORE/AFTER, the labels its enum had just before it
 * (only enums created in the unit; matched by type name, schema ignored).
 */
function labelsBeforeEachAlter(ctx: LintContext): Map<number, string[]> {
  return ctx.memo("require-enum-value-ordering.labels", () => {
    const snapshots = new Map<number, string[]>();
    const current = new Map<string, string[]>();
    for (const s of ctx.statements) {
      if (s.kind === "CreateEnumStmt") {
        current.set(typeNameFromParts(s.body.typeName).name, nameParts(s.body.vals));
      } else if (s.kind === "AlterEnumStmt") {
        const name = typeNameFromParts(s.body.typeName).name;
        const labels = current.get(name);
        if (!labels) continue;
        if (s.body.oldVal === undefined && s.body.newValNeighbor !== undefined) snapshots.set(s.index, [...labels]);
        if (s.body.oldVal !== undefined) {
          current.set(name, labels.map((l) => (l === s.body.oldVal ? s.body.newVal : l)));
        } else if (!labels.includes(s.body.newVal)) {
          const at = s.body.newValNeighbor === undefined ? -1 : labels.indexOf(s.body.newValNeighbor);
          if (at < 0) labels.push(s.body.newVal);
          else labels.splice(s.body.newValIsAfter ? at + 1 : at, 0, s.body.newVal);
        }
      }
    }
    return snapshots;
  });
}

export const requireEnumValueOrdering: SqlRule = {
  meta: {
    id: "require-enum-value-ordering",
    family: "hygiene",
    defaultSeverity: "error",
    summary: "ALTER TYPE … ADD VALUE … BEFORE/AFTER a label the enum (created in the same migration) does not have.",
  },
  kinds: ["AlterEnumStmt"],
  check(stmt: Statement, ctx) {
    const neighbor: string | undefined = stmt.body.newValNeighbor;
    if (stmt.body.oldVal !== undefined || neighbor === undefined) return [];
    const type = typeNameFromParts(stmt.body.typeName);
    const labels = labelsBefore(ctx, stmt.index);
    if (!labels || labels.includes(neighbor)) return [];
    const position = stmt.body.newValIsAfter ? "AFTER" : "BEFORE";
    return [
      {
        message:
          `ALTER TYPE \`${displayName(type)}\` ADD VALUE '${stmt.body.newVal}' ${position} '${neighbor}': the enum, as created earlier in this ` +
          `migration, has no label '${neighbor}' (its labels: ${labels.map((l) => `'${l}'`).join(", ")}), so PostgreSQL fails with ` +
          `"\"${neighbor}\" is not an existing enum label" and the intended order is lost`,
        help: `Place the new label relative to one of the existing labels (${position} '${labels.at(-1)}', ...), or fix the spelling of '${neighbor}'.`,
      },
    ];
  },
};
