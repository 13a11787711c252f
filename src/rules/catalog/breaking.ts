// The "breaking" family of SQL rules. One import per rule module, sorted by id.
import type { SqlRule } from "../types";
import { banDropColumn } from "../sql/ban-drop-column";
import { banDropDatabase } from "../sql/ban-drop-database";
import { banDropNotNull } from "../sql/ban-drop-not-null";
import { banDropSchema } from "../sql/ban-drop-schema";
import { banDropTable } from "../sql/ban-drop-table";
import { banTruncateCascade } from "../sql/ban-truncate-cascade";
import { renamingColumn } from "../sql/renaming-column";
import { renamingEnumValue } from "../sql/renaming-enum-value";
import { renamingTable } from "../sql/renaming-table";

export const BREAKING_RULES: readonly SqlRule[] = [
  banDropColumn,
  banDropDatabase,
  banDropNotNull,
  banDropSchema,
  banDropTable,
  banTruncateCascade,
  renamingColumn,
  renamingEnumValue,
  renamingTable,
];
