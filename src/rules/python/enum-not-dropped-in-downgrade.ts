import { pythonRuleMeta } from "../catalog/python";
import type { Node } from "web-tree-sitter";
import type { PythonRule } from "./types";
import { callArgs, calleeName, descendants, dottedName, emptiness, isFalse, lastName, position, resolvedString, stringValue, topLevelFunction } from "./ast";

const ENUM_CONSTRUCTORS = ["Enum", "ENUM"];

interface EnumType {
  name: string;
  /** Where upgrade() creates it. */
  line: number;
  column: number;
}

export const enumNotDroppedInDowngrade: PythonRule = {
  id: "enum-not-dropped-in-downgrade",
  meta: pythonRuleMeta("enum-not-dropped-in-downgrade"),
  sameAs: [],
  needsSqlParser: false,
  check(input) {
    // Most revisions never mention an enum: skip the tree walks for them.
    if (!/enum|create\s+type/i.test(input.root.text)) return [];
    const upgrade = topLevelFunction(input.root, "upgrade");
    const downgrade = topLevelFunction(input.root, "downgrade");
    // No downgrade at all, or an empty one, is empty-downgrade's finding.
    if (!upgrade || !downgrade || emptiness(downgrade) !== undefined) return [];
    const moduleEnums = moduleLevelEnums(input.root);
    const created = new Map<string, EnumType>();
    const record = (name: string | undefined, at: Node) => {
      if (name && !created.has(name)) created.set(name, { name, ...position(at) });
    };
    for (const call of descendants(upgrade, "call")) {
      if (isEnumConstructor(call)) {
        const info = enumInfo(call);
        // create_type=False: the column refers to a type created elsewhere — unless this same
        // expression is .create()d explicitly (handled below with the method call).
        if (info.name && info.native && info.createType) record(info.name, call);
        continue;
      }
      // status_enum.create(op.get_bind()) / sa.Enum(..., name="x").create(bind)
      const fn = call.childForFieldName("function");
      if (fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "create") {
        const target = fn.childForFieldName("object");
        const name = enumNameOf(target, moduleEnums);
        if (name) record(name, call);
      }
    }
    // A module-level enum used by name in upgrade() (op.create_table(..., sa.Column("s", status_enum))).
    for (const ident of descendants(upgrade, "identifier")) {
      const info = moduleEnums.get(ident.text);
      if (info && info.native && info.createType && ident.parent?.type !== "attribute") record(info.name, ident);
    }
    for (const stmt of executedSql(upgrade)) {
      for (const name of createdTypesIn(stmt.sql)) record(name, stmt.node);
    }
    if (created.size === 0) return [];
    const dropped = droppedTypes(downgrade, moduleEnums);
    return [...created.values()]
      .filter((e) => !dropped.has(e.name.toLowerCase()))
      .map((e) => ({
        message: `enum type \`${e.name}\` is created in upgrade() but downgrade() never drops it: after \`alembic downgrade\` the type stays behind, and the next upgrade fails with 'type "${e.name}" already exists'`,
        help: `At the end of downgrade(), after the tables that use it are dropped, add \`sa.Enum(name="${e.name}").drop(op.get_bind(), checkfirst=True)\` or \`op.execute("DROP TYPE IF EXISTS ${e.name}")\`.`,
        line: e.line,
        column: e.column,
      }));
  },
};

function isEnumConstructor(call: Node): boolean {
  return ENUM_CONSTRUCTORS.includes(lastName(calleeName(call)) ?? "");
}

interface EnumInfo {
  name?: string;
  /** native_enum=False makes a VARCHAR + CHECK, no type. */
  native: boolean;
  /** postgresql.ENUM(create_type=False): the table does not create the type. */
  createType: boolean;
}

function enumInfo(call: Node): EnumInfo {
  const { positional, keywords } = callArgs(call);
  let name = stringValue(keywords.get("name"));
  // sa.Enum(MyPythonEnum) without name=: SQLAlchemy names the type after the class, lower-cased.
  if (name === undefined && !keywords.has("name") && positional.length === 1 && positional[0].type === "identifier") {
    name = positional[0].text.toLowerCase();
  }
  return { name, native: !isFalse(keywords.get("native_enum")), createType: !isFalse(keywords.get("create_type")) };
}

/** `status_enum = sa.Enum(..., name="status")` at module level: identifier → enum. */
function moduleLevelEnums(root: Node): Map<string, EnumInfo & { name: string }> {
  const out = new Map<string, EnumInfo & { name: string }>();
  for (const stmt of root.namedChildren) {
    const assignment = stmt?.type === "expression_statement" ? stmt.namedChildren[0] : undefined;
    if (assignment?.type !== "assignment") continue;
    const left = assignment.childForFieldName("left");
    const right = assignment.childForFieldName("right");
    if (left?.type !== "identifier" || right?.type !== "call" || !isEnumConstructor(right)) continue;
    const info = enumInfo(right);
    if (info.name) out.set(left.text, { ...info, name: info.name });
  }
  return out;
}

/** The type name an expression denotes: a module-level enum variable or an inline Enum(...) call. */
function enumNameOf(node: Node | null, moduleEnums: Map<string, { name: string }>): string | undefined {
  if (!node) return undefined;
  if (node.type === "identifier") return moduleEnums.get(node.text)?.name;
  if (node.type === "call" && isEnumConstructor(node)) return enumInfo(node).name;
  return undefined;
}

/** Types dropped in downgrade(): Enum(...).drop(...), enum_var.drop(...), op.execute("DROP TYPE ..."). Lower-cased. */
function droppedTypes(downgrade: Node, moduleEnums: Map<string, { name: string }>): Set<string> {
  const out = new Set<string>();
  for (const call of descendants(downgrade, "call")) {
    const fn = call.childForFieldName("function");
    if (fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "drop") {
      const name = enumNameOf(fn.childForFieldName("object"), moduleEnums);
      if (name) out.add(name.toLowerCase());
    }
  }
  for (const stmt of executedSql(downgrade)) for (const name of droppedTypesIn(stmt.sql)) out.add(name.toLowerCase());
  return out;
}

/** SQL strings passed to op.execute / connection.execute inside a function (literals, text(), module-level constants). */
function executedSql(fn: Node): Array<{ sql: string; node: Node }> {
  const out: Array<{ sql: string; node: Node }> = [];
  for (const call of descendants(fn, "call")) {
    if (lastName(dottedName(call.childForFieldName("function"))) !== "execute") continue;
    const { positional, keywords } = callArgs(call);
    const sql = resolvedString(positional[0] ?? keywords.get("sqltext"), fn.tree.rootNode);
    if (sql !== undefined) out.push({ sql, node: call });
  }
  return out;
}

// SQL text inside op.execute is not Python structure: a token-level reading of CREATE TYPE / DROP TYPE is enough
// here (the SQL linter parses the same text properly).
const IDENT = String.raw`(?:"[^"]+"|[\w$]+)(?:\.(?:"[^"]+"|[\w$]+))?`;

function unquoteLast(qualified: string): string {
  const last = qualified.match(/"[^"]+"|[\w$]+/g)?.at(-1) ?? qualified;
  return last.startsWith('"') ? last.slice(1, -1) : last.toLowerCase();
}

function createdTypesIn(sql: string): string[] {
  const re = new RegExp(String.raw`\bcreate\s+type\s+(${IDENT})\s+as\s+enum\b`, "gi");
  return [...sql.matchAll(re)].map((m) => unquoteLast(m[1]));
}

function droppedTypesIn(sql: string): string[] {
  const re = new RegExp(String.raw`\bdrop\s+type\s+(?:if\s+exists\s+)?((?:${IDENT})(?:\s*,\s*${IDENT})*)`, "gi");
  return [...sql.matchAll(re)].flatMap((m) => m[1].split(",").map((n) => unquoteLast(n.trim())));
}
