// GitHub Action entry point: read the inputs into the CLI's settings, run check, report on GitHub, and set
// the exit status from the findings (so branch protection can require the check). Logic lives in src/action.
import * as core from "@actions/core";
import * as os from "node:os";
import { check } from "./check";
import { exitCodeFor, sortFindings, UsageError } from "./findings";
import { planRun, readActionInputs, readEventContext, resolveActionSettings, secretsOf } from "./action/inputs";
import { ownershipFindings } from "./action/ownership";
import { publishReport, reportRunFailure } from "./action/report";
import { runRoundtrip } from "./roundtrip";

async function main(): Promise<number> {
  const event = readEventContext(process.env, process.cwd(), os.tmpdir());
  const inputs = readActionInputs(process.env, event.workspace);
  // Before anything can print them.
  for (const secret of secretsOf(inputs)) core.setSecret(secret);
  const plan = planRun(inputs, event);
  const settings = resolveActionSettings(plan.raw, inputs.cwd);
  const checked = await check(settings, { liveTier: runRoundtrip });
  const result = { ...checked, findings: sortFindings([...checked.findings, ...ownershipFindings(checked, settings, event.pullRequest?.author)]) };
  await publishReport({ result, settings, inputs, event, notes: plan.notes });
  const code = exitCodeFor(result.findings, settings.failOn);
  if (code !== 0) core.setFailed(`alembic-guard: findings at or above fail-on (${settings.failOn}) in ${result.config}; see the annotations and the job summary.`);
  return code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    const err = error as Error;
    const usage = error instanceof UsageError;
    await reportRunFailure(usage ? err.message : `internal error: ${err.message}\n${err.stack ?? ""}\nPlease report this with your workflow file.`);
    // After setFailed, which sets 1: 2 = usage or configuration error, 3 = internal error (as the CLI).
    process.exitCode = usage ? 2 : 3;
  },
);
