import { beforeAll, describe, expect, it } from "vitest";
import { byteOffsetOfCodePoint, decodeSqlBytes, dialectHint, loadSqlParser, parseSqlSources, splitStatements } from "../../src/sql/parse";

beforeAll(() => loadSqlParser());

const parse = (text: string, inTransaction = false) => parseSqlSources([{ text, file: "m.sql", inTransaction }]);

describe("syntax errors", () => {
  it("points at the failing token even after multi-byte text (cursorPosition counts characters, not bytes)", () => {
    const { syntaxErrors, statements } = parse("SELECT 'café ünï 😀';\nSELECT 'ß', 1 FROM t WHERE;\nSELECT 2;");
    expect(syntaxErrors).toHaveLength(1);
    expect(syntaxErrors[0]).toMatchObject({ line: 2, column: 27, message: "syntax error at end of input" });
    expect(statements.map((s) => s.sql)).toEqual(["SELECT 'café ünï 😀'", "SELECT 2"]);
  });

  it("counts astral characters (4 UTF-8 bytes, 1 code point, 2 UTF-16 units) before the error on the same line", () => {
    expect(parse("SELECT '😀' FROM FROM t;").syntaxErrors[0]).toMatchObject({ line: 1, column: 18 });
    expect(parse("SELECT 1;\nSELECT 'é😀😀' FROM FROM t;").syntaxErrors[0]).toMatchObject({ line: 2, column: 21 });
  });

  it("points at the failing token on a later line after non-ASCII comments", () => {
    const { syntaxErrors } = parse("-- Übersicht: naïve café\n/* ✓ */\nCREATE TABLE t (id int PRIMARY KEY AUTOINCREMENT);");
    expect(syntaxErrors[0]).toMatchObject({ line: 3, column: 36 });
  });

  it("keeps linting the statements around a bad one and numbers them in order", () => {
    const { statements, syntaxErrors } = parse("CREATE TABLE a (id int);\nSELEC 1;\nCREATE INDEX ix ON a (id);\nALTER TABLE b MODIFY c int;\nDROP TABLE c;");
    expect(statements.map((s) => [s.index, s.kind, s.line])).toEqual([
      [0, "CreateStmt", 1],
      [1, "IndexStmt", 3],
      [2, "DropStmt", 5],
    ]);
    expect(syntaxErrors.map((e) => [e.line, e.column])).toEqual([
      [2, 1],
      [4, 15],
    ]);
    expect(syntaxErrors[1].hint).toMatch(/ALTER COLUMN c TYPE|ALTER COLUMN/);
  });

  it("reports an unterminated string once and still parses the statements before it", () => {
    const { statements, syntaxErrors } = parse("SELECT 1;\nSELECT 'oops;\nSELECT 3;");
    expect(statements).toHaveLength(1);
    expect(syntaxErrors).toHaveLength(1);
    expect(syntaxErrors[0]).toMatchObject({ line: 2, column: 8 });
  });

  it("gives dialect hints for SQLite and MySQL habits, never for words inside strings", () => {
    expect(dialectHint("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT)")).toMatch(/SQLite/);
    expect(dialectHint("CREATE TABLE `order` (id int)")).toMatch(/double quotes/);
    expect(dialectHint("CREATE TABLE t (c DATETIME) ENGINE=InnoDB")).toMatch(/timestamptz.*ENGINE|ENGINE/s);
    expect(dialectHint("ALTER TABLE t MODIFY c varchar(10)")).toMatch(/ALTER COLUMN/);
    expect(dialectHint("SELECT 'AUTOINCREMENT' FROM t WHERE")).toBeUndefined();
    expect(dialectHint("SELECT 1 FROM t WHERE -- DATETIME\n")).toBeUndefined();
  });
});

describe("bad input", () => {
  it("an empty file and a file of comments give nothing", () => {
    for (const text of ["", "   \n\n", "-- only a comment\n/* and a block */\n"]) {
      const parsed = parse(text);
      expect(parsed.statements).toEqual([]);
      expect(parsed.syntaxErrors).toEqual([]);
    }
  });

  it("NUL bytes are a syntax error at their position, and the text after them is still parsed", () => {
    const { statements, syntaxErrors } = parse("SELECT 1;\nSELECT 2\u0000;\nDROP TABLE users;");
    expect(syntaxErrors).toHaveLength(1);
    expect(syntaxErrors[0]).toMatchObject({ line: 2, column: 9 });
    expect(syntaxErrors[0].message).toMatch(/NUL/);
    expect(statements.map((s) => s.kind)).toEqual(["SelectStmt", "SelectStmt", "DropStmt"]);
  });

  it("invalid UTF-8 is reported at the first bad byte and the rest decoded", () => {
    const bytes = Buffer.concat([Buffer.from("SELECT 1;\nSELECT '"), Buffer.from([0xff, 0xfe]), Buffer.from("';\n")]);
    const { text, problem } = decodeSqlBytes(bytes, "m.sql");
    expect(problem).toMatchObject({ line: 2, column: 9 });
    expect(problem!.message).toMatch(/invalid UTF-8 \(byte 0xff at offset 18\)/);
    expect(parse(text).statements).toHaveLength(2);
    expect(decodeSqlBytes(Buffer.from("SELECT 'é'"), "m.sql").problem).toBeUndefined();
  });

  it("an expression too deep for the parser's stack is a syntax error at its statement; the parser keeps working", () => {
    const chain = Array.from({ length: 50_000 }, () => "1").join(" + ");
    const { statements, syntaxErrors } = parse(`CREATE INDEX ix ON t (c);\nUPDATE t SET c = ${chain};\nDROP TABLE u;`);
    expect(syntaxErrors).toHaveLength(1);
    expect(syntaxErrors[0]).toMatchObject({ line: 2, column: 1 });
    expect(syntaxErrors[0].message).toMatch(/nests too deeply to parse.*stack depth limit exceeded/);
    expect(statements.map((s) => s.kind)).toEqual(["IndexStmt", "DropStmt"]);
    // A fresh parser instance replaced the one whose stack overflowed.
    expect(parse("SELECT 1; SELECT 2;").statements).toHaveLength(2);
    expect(parse("SELEC 1").syntaxErrors[0].message).toMatch(/syntax error at or near "SELEC"/);
  });

  it("a UTF-8 byte order mark does not shift columns", () => {
    const { text } = decodeSqlBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("SELEC 1")]), "m.sql");
    expect(parse(text).syntaxErrors[0]).toMatchObject({ line: 1, column: 1 });
  });
});

describe("statements", () => {
  it("start at their first token (not at a leading comment) and end before trailing comments", () => {
    const { statements } = parse("-- header\n\n/* note */ CREATE TABLE a (\n  id int\n);  -- trailing\nSELECT 1 -- tail\n-- more\n");
    expect(statements.map((s) => [s.line, s.column, s.endLine, s.sql])).toEqual([
      [3, 12, 5, "CREATE TABLE a (\n  id int\n)"],
      [6, 1, 6, "SELECT 1"],
    ]);
  });

  it("locates node locations inside a statement that follows a syntax error", () => {
    const { statements } = parse("SELEC 1;\n  CREATE INDEX ix ON users (email);");
    expect(statements[0].locate(statements[0].body.relation.location)).toEqual({ line: 2, column: 22 });
  });

  it("tracks BEGIN / COMMIT / ROLLBACK across sources of one unit", () => {
    const { statements, inTransactionAtEnd } = parseSqlSources([
      { text: "SELECT 1; BEGIN; SELECT 2;", file: "a.sql", inTransaction: false },
      { text: "SELECT 3; COMMIT; SELECT 4; START TRANSACTION; SELECT 5; ROLLBACK; SELECT 6;", file: "a.sql", inTransaction: false },
    ]);
    expect(statements.map((s) => [s.sql, s.inTransaction])).toEqual([
      ["SELECT 1", false],
      ["BEGIN", false],
      ["SELECT 2", true],
      ["SELECT 3", true],
      ["COMMIT", true],
      ["SELECT 4", false],
      ["START TRANSACTION", false],
      ["SELECT 5", true],
      ["ROLLBACK", true],
      ["SELECT 6", false],
    ]);
    expect(inTransactionAtEnd).toBe(false);
  });

  it("follows each source's own state (Alembic's transaction vs autocommit_block) until an explicit BEGIN/COMMIT", () => {
    const { statements } = parseSqlSources([
      { text: "CREATE TABLE a (id int)", file: "r.py", line: 10, inTransaction: true },
      { text: "CREATE INDEX CONCURRENTLY ix ON b (id)", file: "r.py", line: 12, inTransaction: false },
    ]);
    expect(statements.map((s) => [s.line, s.inTransaction])).toEqual([
      [10, true],
      [12, false],
    ]);
  });
});

describe("splitting", () => {
  const pieces = (text: string) => splitStatements(text, Buffer.byteLength(text)).map(([a, b]) => Buffer.from(text).subarray(a, b).toString().trim());

  it("respects strings, dollar quotes, comments and BEGIN ATOMIC bodies", () => {
    expect(pieces("SELECT ';'; SELECT $x$ ; $x$; -- ;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END; SELECT 9")).toEqual([
      "SELECT ';'",
      "SELECT $x$ ; $x$",
      "-- ;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END",
      "SELECT 9",
    ]);
  });

  it("still splits before an unterminated quote the scanner gives up on", () => {
    expect(pieces("SELECT 1; SELECT $$a;b$$; SELECT 'x;")).toEqual(["SELECT 1", "SELECT $$a;b$$", "SELECT 'x;"]);
  });

  it("converts code points to UTF-8 byte offsets", () => {
    expect(byteOffsetOfCodePoint("aé😀b", 0)).toBe(0);
    expect(byteOffsetOfCodePoint("aé😀b", 2)).toBe(3);
    expect(byteOffsetOfCodePoint("aé😀b", 3)).toBe(7);
  });
});
