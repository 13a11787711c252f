// The "data" family of SQL rules. One import per rule module, sorted by id.
import type { SqlRule } from "../types";
import { deleteWithoutWhere } from "../sql/delete-without-where";
import { untypedNullInInsertSelect } from "../sql/untyped-null-in-insert-select";
import { updateWithoutWhere } from "../sql/update-without-where";

export const DATA_RULES: readonly SqlRule[] = [deleteWithoutWhere, untypedNullInInsertSelect, updateWithoutWhere];
