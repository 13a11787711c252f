// libpq also takes the credentials and the database name as query parameters of a connection URI
// (postgresql://db.example.com/?dbname=app&user=app&password=...): they must be used, and the password hidden.
import { expect, it } from "vitest";
import { parseDatabaseUrl, redactUrl } from "../../src/roundtrip/postgres";

it("reads user, password and dbname from the query string as libpq does, and redacts that password too", () => {
  const parsed = parseDatabaseUrl("postgresql://db.example.com:5433/?dbname=app&user=deploy&password=s%40cret&sslmode=require");
  expect(parsed).toEqual({
    scheme: "postgresql", user: "deploy", password: "s@cret", host: "db.example.com", port: 5433, database: "app", params: [["sslmode", "require"]],
  });
  expect(redactUrl(parsed)).toBe("postgresql://deploy:***@db.example.com:5433/app");
});
