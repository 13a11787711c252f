// The remote-database guard judges every address the run may connect to: node-postgres connects to `host`; the
// Python driver's libpq also to each entry of a host list, to hostaddr / PGHOSTADDR instead of the name, and to
// whatever a connection service names. A URL naming localhost but connecting elsewhere must not slip through.
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli";
import { parseDatabaseUrl, remoteAddresses } from "../../src/roundtrip/postgres";
import { FIXTURES, PYTHON } from "./helpers";

describe("remoteAddresses", () => {
  const cases: Array<[url: string, env: NodeJS.ProcessEnv, remote: string[]]> = [
    ["postgresql://u:p@localhost/db", {}, []],
    ["postgresql://u:p@127.0.0.2:5433/db", {}, []],
    ["postgresql://u:p@[::1]/db", {}, []],
    ["postgresql://u:p@/db?host=/var/run/postgresql", {}, []],
    ["postgresql://u:p@/db?host=@pg-abstract", {}, []],
    ["postgresql://u:p@db.example.com/db", {}, ["db.example.com"]],
    ["postgresql://u:p@localhost/db?hostaddr=10.1.2.3", {}, ["10.1.2.3 (hostaddr=10.1.2.3)"]],
    ["postgresql://u:p@localhost/db?hostaddr=127.0.0.1", {}, []],
    // node-postgres ignores hostaddr and connects to the name.
    ["postgresql://u:p@db.example.com/db?hostaddr=127.0.0.1", {}, ["db.example.com"]],
    ["postgresql://u:p@localhost/db?host=10.1.2.3", {}, ["10.1.2.3"]],
    ["postgresql://u:p@/db?host=/var/run/postgresql,10.1.2.3", {}, ["10.1.2.3 (host=/var/run/postgresql,10.1.2.3)"]],
    ["postgresql://u:p@localhost,db.example.com/db", {}, ["db.example.com (host=localhost,db.example.com)"]],
    ["postgresql://u:p@localhost/db?host=localhost,localhost&hostaddr=127.0.0.1,10.1.2.3", {}, ["10.1.2.3 (hostaddr=127.0.0.1,10.1.2.3)"]],
    ["postgresql://u:p@localhost/db?service=prod", {}, ["the hosts of connection service prod (service=prod), which alembic-guard does not read"]],
    // The environment fills in what the URL leaves out, for both clients.
    ["postgresql://u:p@/db", { PGHOST: "db.example.com" }, ["db.example.com"]],
    ["postgresql://u:p@/db", { PGHOST: "/tmp" }, []],
    // An empty host= is none: node-postgres falls back to PGHOST.
    ["postgresql://u:p@localhost/db?host=", { PGHOST: "db.example.com" }, ["db.example.com"]],
    ["postgresql://u:p@localhost/db", { PGHOSTADDR: "10.9.9.9" }, ["10.9.9.9 (PGHOSTADDR=10.9.9.9)"]],
    ["postgresql://u:p@localhost/db?hostaddr=127.0.0.1", { PGHOSTADDR: "10.9.9.9" }, []],
    // SQLAlchemy drops blank query parameters: the Python driver's libpq then takes the environment's.
    ["postgresql://u:p@localhost/db?hostaddr=", { PGHOSTADDR: "10.9.9.9" }, ["10.9.9.9 (PGHOSTADDR=10.9.9.9)"]],
    ["postgresql://u:p@localhost/db?service=", { PGSERVICE: "prod" }, ["the hosts of connection service prod (PGSERVICE=prod), which alembic-guard does not read"]],
    ["postgresql://u:p@localhost/db", { PGSERVICE: "prod" }, ["the hosts of connection service prod (PGSERVICE=prod), which alembic-guard does not read"]],
  ];
  it.each(cases)("%s %o → %o", (url, env, remote) => {
    expect(remoteAddresses(parseDatabaseUrl(url), env)).toEqual(remote);
  });
});

describe("alembic-guard roundtrip --database-url with a remote hostaddr", () => {
  it("refuses in one line that names the address, without connecting (exit 2)", async () => {
    let stdout = "";
    let stderr = "";
    const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), readStdin: async () => Buffer.alloc(0) };
    // 192.0.2.1 (TEST-NET-1) is never routed: a run that tried to connect would hang on it, not answer at once.
    const url = "postgresql://app:pa55word@localhost/app?hostaddr=192.0.2.1";
    const code = await main(["roundtrip", "--python", PYTHON, "--database-url", url], io, path.join(FIXTURES, "clean"));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([
      "alembic-guard: --database-url points at 192.0.2.1 (hostaddr=192.0.2.1), which is not this machine; alembic-guard creates and drops a database there. Pass --allow-remote-database if that is intended",
    ]);
  });
});
