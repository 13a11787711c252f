import type { RuleReport, SqlRule } from "../types";
import { nameParts } from "../../sql/names";
import { constraintKind } from "./util-locks";

export const banCreateDomainWithConstraint: SqlRule = {
  meta: {
    id: "ban-create-domain-with-constraint",
    family: "locks",
    defaultSeverity: "warning",
    summary: "A domain with a CHECK or NOT NULL constraint cannot have that constraint changed later without locking and scanning every table that uses it.",
  },
  kinds: ["CreateDomainStmt"],
  check(stmt) {
    const domain = nameParts(stmt.body.domainname).join(".");
    const reports: RuleReport[] = [];
    for (const item of stmt.body.constraints ?? []) {
      const c = item.Constraint;
      if (c?.contype !== "CONSTR_CHECK" && c?.contype !== "CONSTR_NOTNULL") continue;
      reports.push({
        message:
          `domain \`${domain}\` is created with a ${constraintKind(c)} constraint: changing it later locks and scans every column of every table ` +
          "that uses the domain, and has no online path the way table constraints do",
        help:
          "Create the domain without constraints (or use the base type) and put CHECK / NOT NULL constraints on the table columns, " +
          "where NOT VALID + VALIDATE CONSTRAINT can change them without blocking traffic.",
        location: c.location,
      });
    }
    return reports;
  },
};
