// Every Python-level rule, sorted by id. Rules of their own have their metadata in ../catalog/python.ts;
// the others are the Alembic-level forms of SQL rules and report under the SQL rule's id.
import type { PythonRule } from "./types";
import { pythonAddingNotNullableField } from "./adding-not-nullable-field";
import { pythonAddingRequiredField } from "./adding-required-field";
import { pythonBanDropColumn, pythonBanDropTable, pythonRenamingColumn, pythonRenamingTable } from "./breaking-ops";
import { pythonChangingColumnType } from "./changing-column-type";
import { concurrentlyOutsideAutocommitBlock } from "./concurrently-outside-autocommit-block";
import { pythonAddingForeignKeyConstraint, pythonConstraintMissingNotValid, pythonDisallowedUniqueConstraint } from "./constraints";
import { emptyDowngrade } from "./empty-downgrade";
import { enumNotDroppedInDowngrade } from "./enum-not-dropped-in-downgrade";
import { multiStatementExecute } from "./multi-statement-execute";
import { pythonRequireConcurrentIndexCreation } from "./require-concurrent-index-creation";

export type { PythonRule, PythonRuleInput, PythonRuleReport, PythonOpCall } from "./types";

export const PYTHON_RULES: readonly PythonRule[] = [
  pythonAddingForeignKeyConstraint,
  pythonAddingNotNullableField,
  pythonAddingRequiredField,
  pythonBanDropColumn,
  pythonBanDropTable,
  pythonChangingColumnType,
  concurrentlyOutsideAutocommitBlock,
  pythonConstraintMissingNotValid,
  pythonDisallowedUniqueConstraint,
  emptyDowngrade,
  enumNotDroppedInDowngrade,
  multiStatementExecute,
  pythonRenamingColumn,
  pythonRenamingTable,
  pythonRequireConcurrentIndexCreation,
];
