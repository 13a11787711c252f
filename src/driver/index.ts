// The Python driver: the one bridge to Alembic (offline SQL, online upgrade/downgrade, locks, drift).
export { Driver, DriverCrashedError, DriverRequestFailed, DriverStartError, DriverTimeoutError } from "./client";
export type { DriverOptions } from "./client";
export { DEFAULT_PYTHONS, describeTried, findPython } from "./python";
export type { FoundPython, PythonCandidate } from "./python";
export type * from "./protocol";
