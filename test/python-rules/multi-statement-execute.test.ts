import { multiStatementExecute } from "../../src/rules/python/multi-statement-execute";
import { pythonRuleTester } from "./rule-tester";

pythonRuleTester(multiStatementExecute, {
  valid: [
    `def upgrade():\n    op.execute("UPDATE users SET active = true;")\n`,
    `def upgrade():\n    op.execute("SELECT ';' AS semi; -- trailing comment")\n`,
    `def upgrade():\n    op.execute("""
        CREATE FUNCTION f() RETURNS trigger AS $$
        BEGIN NEW.x := 1; RETURN NEW; END;
        $$ LANGUAGE plpgsql
    """)\n`,
    `def upgrade():\n    op.execute(SQL)\n`,
  ],
  invalid: [
    { body: `def upgrade():\n    op.execute("UPDATE a SET x = 1; UPDATE b SET y = 2")\n`, line: 2 },
    {
      body: `def upgrade():
    op.execute(
        sa.text(
            "CREATE TYPE s AS ENUM ('a');"
            "ALTER TABLE t ADD COLUMN s s;"
        )
    )
`,
      line: 2,
    },
    { body: `def upgrade():\n    pass\n\ndef downgrade():\n    op.execute("""DROP TABLE a;\n    DROP TABLE b;""")\n`, line: 5 },
    // A module-level constant keeps long SQL readable; it is still one op.execute().
    { body: `BACKFILL = """\nUPDATE a SET x = 1;\nUPDATE b SET y = 2;\n"""\n\ndef upgrade():\n    op.execute(sa.text(BACKFILL))\n`, line: 7 },
  ],
});
