// Facts a rule needs about earlier statements of the same unit: what was created, what was SET.
import type { LintContext, QualifiedName, Statement } from "./types";

function key(name: QualifiedName): string {
  return `${name.schema ?? ""}.${name.name}`;
}

function relationName(relation: { schemaname?: string; relname: string } | undefined): QualifiedName | undefined {
  return relation ? { schema: relation.schemaname, name: relation.relname } : undefined;
}

export function buildLintContext(statements: readonly Statement[], pgVersion: number): LintContext {
  const tablesCreatedAt = new Map<string, number>();
  const typesCreatedAt = new Map<string, number>();
  const settings: Array<{ index: number; name: string; value: string }> = [];
  for (const stmt of statements) {
    const record = (map: Map<string, number>, name: QualifiedName | undefined) => {
      if (!name) return;
      for (const k of [key(name), key({ name: name.name })]) if (!map.has(k)) map.set(k, stmt.index);
    };
    switch (stmt.kind) {
      case "CreateStmt":
      case "CreateTableAsStmt":
        record(tablesCreatedAt, relationName(stmt.body.relation ?? stmt.body.into?.rel));
        break;
      case "CreateEnumStmt":
      case "CreateDomainStmt":
      case "CompositeTypeStmt": {
        const names: Array<{ String: { sval: string } }> = stmt.body.typeName ?? stmt.body.domainname ?? [];
        const parts = names.map((n) => n.String.sval);
        if (stmt.kind === "CompositeTypeStmt") record(typesCreatedAt, relationName(stmt.body.typevar));
        else if (parts.length) record(typesCreatedAt, { schema: parts.length > 1 ? parts[0] : undefined, name: parts.at(-1)! });
        break;
      }
      case "VariableSetStmt":
        if (stmt.body.name && stmt.body.kind === "VAR_SET_VALUE") {
          const value = (stmt.body.args ?? [])
            .map((a: { A_Const?: { sval?: { sval: string }; ival?: { ival?: number } } }) => a.A_Const?.sval?.sval ?? String(a.A_Const?.ival?.ival ?? 0))
            .join(",");
          settings.push({ index: stmt.index, name: String(stmt.body.name).toLowerCase(), value });
        }
        break;
    }
  }
  const createdBefore = (map: Map<string, number>, name: QualifiedName, before: number) => {
    const at = map.get(key(name)) ?? (name.schema === undefined ? undefined : map.get(key({ name: name.name })));
    return at !== undefined && at < before;
  };
  return {
    pgVersion,
    statements,
    tableCreatedEarlier: (name, before) => createdBefore(tablesCreatedAt, name, before),
    typeCreatedEarlier: (name, before) => createdBefore(typesCreatedAt, name, before),
    settingBefore(name, before) {
      let value: string | undefined;
      for (const s of settings) if (s.index < before && s.name === name.toLowerCase()) value = s.value;
      return value;
    },
  };
}
