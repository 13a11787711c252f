import { ruleTester } from "../helpers/rule-tester";
import { requireConcurrentPartitionDetach } from "../../src/rules/sql/require-concurrent-partition-detach";

ruleTester(requireConcurrentPartitionDetach, {
  valid: [
    "ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;",
    "ALTER TABLE measurements DETACH PARTITION measurements_2023 FINALIZE;",
    // Before PostgreSQL 14 there is no concurrent form.
    { sql: "ALTER TABLE measurements DETACH PARTITION measurements_2023;", pgVersion: 13 },
    // Partitioned table created in the same migration.
    "CREATE TABLE m (id bigint, at date) PARTITION BY RANGE (at);\n" +
      "CREATE TABLE m_2023 PARTITION OF m FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');\n" +
      "ALTER TABLE m DETACH PARTITION m_2023;",
  ],
  invalid: [
    { sql: "ALTER TABLE measurements DETACH PARTITION measurements_2023;", line: 1, column: 43 },
    { sql: "ALTER TABLE app.measurements DETACH PARTITION app.measurements_2023;", pgVersion: 14 },
    "CREATE TABLE m_2023 (id bigint);\nALTER TABLE measurements DETACH PARTITION m_2023;",
  ],
});
