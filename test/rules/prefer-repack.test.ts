import { ruleTester } from "../helpers/rule-tester";
import { preferRepack } from "../../src/rules/sql/prefer-repack";

ruleTester(preferRepack, {
  valid: [
    { sql: "VACUUM users;", inTransaction: false },
    { sql: "VACUUM (ANALYZE) users;", inTransaction: false },
    { sql: "VACUUM (FULL false) users;", inTransaction: false },
    "ANALYZE users;",
    "CREATE TABLE scratch (id bigint);\nCLUSTER scratch USING scratch_pkey;",
    { sql: "CREATE TABLE scratch (id bigint);\nVACUUM FULL scratch;", inTransaction: false },
  ],
  invalid: [
    { sql: "VACUUM FULL users;", inTransaction: false, line: 1, column: 13 },
    { sql: "CLUSTER users USING ix_users_created_at;", line: 1, column: 9 },
    { sql: "VACUUM (FULL, ANALYZE) users, orders;", inTransaction: false, count: 2 },
    { sql: "VACUUM FULL;", inTransaction: false },
    "CLUSTER;",
  ],
});
