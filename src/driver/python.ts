// Finding a Python interpreter that can import alembic: one short subprocess per candidate.
import { execFile } from "node:child_process";

export interface PythonCandidate {
  python: string;
  /** Why it cannot be used (absent for the chosen one). */
  problem?: string;
}

export interface FoundPython {
  /** The interpreter to start the driver with (absent: none of the candidates has alembic). */
  python?: string;
  /** Python version of the chosen interpreter, e.g. "3.11.2". */
  version?: string;
  /** Alembic version importable there, e.g. "1.8.1". */
  alembic?: string;
  tried: PythonCandidate[];
}

/** Default candidates when no interpreter is configured: the first python3 on PATH, then the system one. */
export const DEFAULT_PYTHONS = ["python3", "/usr/bin/python3"] as const;

const PROBE = [
  "import sys, json",
  "out = {'version': '%d.%d.%d' % sys.version_info[:3]}",
  "try:",
  "    import alembic, sqlalchemy",
  "    out['alembic'] = alembic.__version__",
  "    out['sqlalchemy'] = sqlalchemy.__version__",
  "except Exception as e:",
  "    out['problem'] = '%s: %s' % (type(e).__name__, e)",
  "sys.stdout.write(json.dumps(out))",
].join("\n");

const PROBE_TIMEOUT_MS = 15_000;

interface ProbeResult {
  version?: string;
  alembic?: string;
  problem?: string;
}

function probe(python: string): Promise<ProbeResult> {
  return new Promise((resolve) => {
    execFile(
      python,
      ["-c", PROBE],
      { timeout: PROBE_TIMEOUT_MS, encoding: "utf8", env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" } },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === "ENOENT") {
          resolve({ problem: "not found" });
          return;
        }
        if (error && error.killed) {
          resolve({ problem: `did not answer within ${PROBE_TIMEOUT_MS / 1000} s` });
          return;
        }
        try {
          const parsed = JSON.parse(stdout) as ProbeResult;
          if (!parsed.version || !/^3\./.test(parsed.version)) {
            resolve({ version: parsed.version, problem: `Python ${parsed.version ?? "?"} is not Python 3` });
          } else if (parsed.problem) {
            resolve({ version: parsed.version, problem: `alembic is not importable (${parsed.problem})` });
          } else {
            resolve(parsed);
          }
        } catch {
          const why = (stderr || error?.message || "no output").trim().split("\n").pop();
          resolve({ problem: `could not run it: ${why}` });
        }
      },
    );
  });
}

/**
 * The interpreter to run the driver with. With `preferred` (settings.python) only that one is tried;
 * otherwise DEFAULT_PYTHONS in order. The first with alembic importable wins.
 */
export async function findPython(preferred?: string): Promise<FoundPython> {
  const candidates = preferred ? [preferred] : [...DEFAULT_PYTHONS];
  const tried: PythonCandidate[] = [];
  for (const python of candidates) {
    const result = await probe(python);
    if (result.problem) {
      tried.push({ python, problem: result.problem });
      continue;
    }
    tried.push({ python });
    return { python, version: result.version, alembic: result.alembic, tried };
  }
  return { tried };
}

/** One line for messages: "python3: alembic is not importable (...); /usr/bin/python3: not found". */
export function describeTried(tried: readonly PythonCandidate[]): string {
  return tried.map((t) => `${t.python}: ${t.problem ?? "ok"}`).join("; ");
}
