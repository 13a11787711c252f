// A generated Alembic project with N linear revisions (each creates a table and adds a column to the
// previous one), using the shared fixture env.py. For the stairway test and for timing the driver.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const SHARED_ENV = path.resolve(__dirname, "../fixtures/driver/shared_env");

export function revisionId(index: number): string {
  return `r${String(index).padStart(3, "0")}`;
}

/** Writes the project into a new temp dir; returns its alembic.ini and the revision ids in order. */
export function writeStairwayProject(count: number): { dir: string; config: string; revisions: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-stairway-"));
  const versions = path.join(dir, "versions");
  fs.mkdirSync(versions);
  fs.writeFileSync(
    path.join(dir, "alembic.ini"),
    `[alembic]\nscript_location = ${SHARED_ENV}\nversion_locations = %(here)s/versions\n` +
      "sqlalchemy.url = postgresql://app@db.example/app\n\n" +
      // env.py calls fileConfig(): the usual logging sections, quiet.
      "[loggers]\nkeys = root\n\n[handlers]\nkeys = console\n\n[formatters]\nkeys = generic\n\n" +
      "[logger_root]\nlevel = WARN\nhandlers = console\n\n" +
      "[handler_console]\nclass = StreamHandler\nargs = (sys.stderr,)\nlevel = NOTSET\nformatter = generic\n\n" +
      "[formatter_generic]\nformat = %(levelname)-5.5s [%(name)s] %(message)s\n",
  );
  fs.writeFileSync(path.join(dir, "models.py"), "import sqlalchemy as sa\n\nmetadata = sa.MetaData()\n");
  const revisions: string[] = [];
  for (let i = 1; i <= count; i++) {
    const id = revisionId(i);
    const down = i === 1 ? "None" : JSON.stringify(revisionId(i - 1));
    const previousTable = i === 1 ? undefined : `t${i - 1}`;
    fs.writeFileSync(
      path.join(versions, `${id}_step.py`),
      [
        `"""step ${i}"""`,
        "from alembic import op",
        "import sqlalchemy as sa",
        "",
        `revision = "${id}"`,
        `down_revision = ${down}`,
        "branch_labels = None",
        "depends_on = None",
        "",
        "",
        "def upgrade():",
        `    op.create_table("t${i}", sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.Text))`,
        previousTable ? `    op.add_column("${previousTable}", sa.Column("next_id", sa.Integer))` : "",
        "",
        "",
        "def downgrade():",
        previousTable ? `    op.drop_column("${previousTable}", "next_id")` : "",
        `    op.drop_table("t${i}")`,
        "",
      ]
        .filter((line, index, all) => line !== "" || all[index - 1] !== "")
        .join("\n"),
    );
    revisions.push(id);
  }
  return { dir, config: path.join(dir, "alembic.ini"), revisions };
}
