#!/usr/bin/env bash
# The README's test command (npm test): install what the suite needs, build, check the committed
# dist/ is what a fresh build gives, run the whole vitest suite.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }

# System packages for the real-PostgreSQL / real-Alembic tests (Debian names).
need=()
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then need+=(postgresql); fi
if ! /usr/bin/python3 -c 'import alembic, psycopg2' >/dev/null 2>&1; then need+=(python3-alembic python3-psycopg2); fi
# asyncpg: the driver tests run Alembic's async env.py template too.
if ! /usr/bin/python3 -c 'import asyncpg' >/dev/null 2>&1; then need+=(python3-asyncpg); fi
if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "test: installing ${need[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "test: missing ${need[*]} and no apt-get; install PostgreSQL server binaries and python3 alembic + psycopg2" >&2
    exit 1
  fi
fi

# npm dependencies, exactly as locked.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

npm run -s build

# The Action runs dist/, not src/: the committed bundle must be what this build produced.
dist_status=$(git status --porcelain -- dist 2>/dev/null || true)

results=$(mktemp -t alembic-guard-vitest.XXXXXX.json)
set +e
npx vitest run --reporter=default --reporter=json --outputFile.json="$results" "$@"
vitest_status=$?
set -e
summary=$(node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' "$results" 2>/dev/null || echo "vitest: no results (exit $vitest_status)")
rm -f "$results"

status=$vitest_status
if [ -n "$dist_status" ]; then
  echo "test: dist/ differs from a fresh build — run 'npm run build' and commit dist/:" >&2
  echo "$dist_status" >&2
  [ "$status" = 0 ] && status=1
fi
# Last, alone on its line: the plain "N passed, N failed" summary CI reads.
echo "$summary"
exit "$status"
