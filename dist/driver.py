"""alembic-guard's bridge to Alembic: runs the user's Alembic project, unchanged, and reports what it did.

Started once per run as ``python driver.py '<init json>'`` (see src/driver/protocol.ts, the contract).
Speaks JSON lines: one request per line on stdin, one response per line on stdout. Nothing else may
reach stdout, so the real stdout is kept aside for the protocol and fd 1 / sys.stdout point at stderr
before any user code (env.py, models, revision files) runs.

Statements are captured without touching the user's files:
  - online: class-level SQLAlchemy engine events (before/after_cursor_execute) see every statement of
    every engine env.py creates, sync or async (the async engine runs a sync engine underneath);
  - offline (--sql): Alembic's DDL implementation is wrapped at class level (``_exec`` / ``static_output``
    / ``emit_begin`` / ``emit_commit``), so the rendered SQL and the COMMIT/BEGIN of autocommit blocks
    are seen as they are written.
The revision being applied comes from wrapping each RevisionStep's migration function; the Python line
is the innermost stack frame whose file lies inside a versions location.

Must run on Alembic 1.8 + SQLAlchemy 1.4 and on Alembic >= 1.13 + SQLAlchemy 2.x, Python >= 3.7.
"""

import os
import sys

# --- The protocol channel, set up before anything else can print -------------------------------------
_PROTOCOL = os.fdopen(os.dup(1), "w", encoding="utf-8", newline="\n")
os.dup2(2, 1)  # C extensions and subprocesses writing to fd 1 land on stderr too
sys.stdout = sys.stderr
# Requests come on a private copy of stdin; user code that reads stdin gets an empty file instead.
_REQUESTS = os.fdopen(os.dup(0), "rb")
_devnull = os.open(os.devnull, os.O_RDONLY)
os.dup2(_devnull, 0)
os.close(_devnull)
sys.stdin = open(os.devnull, "r")
sys.dont_write_bytecode = True  # never write __pycache__ into the user's project

# python driver.py puts the driver's own directory first on sys.path; the user's code must not see it.
_THIS_FILE = os.path.abspath(__file__)
_HERE = os.path.dirname(_THIS_FILE)
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]

import functools  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import re  # noqa: E402
import socket  # noqa: E402
import sysconfig  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402

PLACEHOLDER_OFFLINE_URL = "postgresql://alembic-guard@offline.invalid/alembic_guard_offline"
TRACEBACK_FRAMES = 8
MAX_PARAM_CHARS = 200
# A data migration looping over op.execute() must not turn into a gigabyte response.
MAX_STATEMENTS = 20000


def send(message):
    _PROTOCOL.write(json.dumps(message, default=str, ensure_ascii=False) + "\n")
    _PROTOCOL.flush()


class ForeignDatabaseRefused(Exception):
    """env.py (or a revision) tried to connect to a database alembic-guard did not create."""


class DriverProblem(Exception):
    """A request cannot be served as asked (no database for an online step, no target_metadata, ...)."""


# --- State of the request being served ---------------------------------------------------------------
class State:
    def __init__(self):
        self.reset(None, False)

    def reset(self, statements, observe_locks):
        # list to append captured statements to (None: not capturing)
        self.statements = statements
        self.observe_locks = observe_locks
        # revision whose upgrade()/downgrade() is running, and the one whose version row is being written
        self.revision = None
        self.bookkeeping_revision = None
        # depth inside MigrationContext.run_migrations (statements there outside a revision are bookkeeping)
        self.in_run = 0
        # offline: depth inside DefaultImpl._exec, and whether a BEGIN is open in the rendered script
        self.exec_depth = 0
        self.in_static_output = 0
        self.offline_in_transaction = False
        # online: our own queries (pg_locks) are not the user's statements
        self.suppress = 0
        self.applied = []
        self.uncommitted = []
        self.locks = []
        self.open_statement = None
        self.omitted = 0
        # offline rendering only: a revision whose upgrade() raises is recorded here and the run goes on with the
        # next one (no database changes, so nothing depends on it having run)
        self.skip_failed_revisions = False
        self.failed_revisions = []


S = State()

# --- Which frames are "the op.* call" ----------------------------------------------------------------
_versions_dirs = []
_in_versions_cache = {}


def add_versions_dir(path):
    real = os.path.realpath(path)
    if not real.endswith(os.sep):
        real += os.sep
    if real not in _versions_dirs:
        _versions_dirs.append(real)
        _in_versions_cache.clear()


def in_versions(filename):
    hit = _in_versions_cache.get(filename)
    if hit is None:
        if not filename or filename.startswith("<"):
            hit = False
        else:
            real = os.path.realpath(filename)
            hit = any(real.startswith(d) for d in _versions_dirs)
        _in_versions_cache[filename] = hit
    return hit


def call_site(frame):
    """(absolute file, line) of the innermost frame inside a versions location, walking outwards."""
    while frame is not None:
        filename = frame.f_code.co_filename
        if in_versions(filename):
            return os.path.abspath(filename), frame.f_lineno
        frame = frame.f_back
    return None, None


def traceback_call_site(tb):
    file = line = None
    for frame, lineno in traceback.walk_tb(tb):
        if in_versions(frame.f_code.co_filename):
            file, line = os.path.abspath(frame.f_code.co_filename), lineno
    return file, line


# --- Errors ------------------------------------------------------------------------------------------
def pg_details(exc):
    """SQLSTATE and primary message from psycopg2, psycopg 3 or asyncpg (through SQLAlchemy's wrapper)."""
    candidates = [getattr(exc, "orig", None), exc]
    orig = candidates[0]
    if orig is not None:
        candidates.append(getattr(orig, "__cause__", None))  # asyncpg: the adapter raises from the original
    sqlstate = pg_message = None
    for candidate in candidates:
        if candidate is None:
            continue
        if sqlstate is None:
            code = getattr(candidate, "pgcode", None) or getattr(candidate, "sqlstate", None)
            if isinstance(code, str) and code:
                sqlstate = code
        if pg_message is None:
            diag = getattr(candidate, "diag", None)
            primary = getattr(diag, "message_primary", None) if diag is not None else None
            if not primary and candidate is not exc and candidate is not orig:
                primary = getattr(candidate, "message", None)
            if isinstance(primary, str) and primary:
                pg_message = primary
    return sqlstate, pg_message


def clean_message(exc):
    text = str(exc)
    # SQLAlchemy appends a link to its error catalogue; it says nothing about this migration.
    lines = [l for l in text.splitlines() if not l.startswith("(Background on this error at")]
    text = "\n".join(lines).strip()
    return text or type(exc).__name__


_LIBRARY_DIRS = tuple(
    os.path.realpath(p) + os.sep
    for p in {sysconfig.get_paths().get(k) for k in ("stdlib", "platstdlib", "purelib", "platlib")}
    if p
) + tuple(os.sep + d + os.sep for d in ("site-packages", "dist-packages"))


def is_library_frame(filename):
    if filename.startswith("<"):  # Alembic's generated op proxies, importlib
        return True
    real = os.path.realpath(filename)
    return any(real.startswith(d) or d in real for d in _LIBRARY_DIRS)


def format_traceback_tail(exc):
    """The last frames that matter: the user's own (env.py, revisions, models) and the innermost two."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if os.path.abspath(f.filename) != _THIS_FILE]
    keep = [i for i, f in enumerate(frames) if not is_library_frame(f.filename)]
    keep = sorted(set(keep + list(range(max(0, len(frames) - 2), len(frames)))))[-TRACEBACK_FRAMES:]
    lines = ["Traceback (most recent call last):\n"]
    previous = -1
    for index in keep:
        if index > previous + 1:
            lines.append("  [%d library frame%s]\n" % (index - previous - 1, "" if index - previous == 2 else "s"))
        lines.extend(traceback.format_list([frames[index]]))
        previous = index
    lines.extend(traceback.format_exception_only(type(exc), exc))
    return "".join(lines)


def error_info(exc):
    tb = exc.__traceback__
    formatted = format_traceback_tail(exc)
    info = {"type": type(exc).__name__, "message": clean_message(exc), "traceback": formatted}
    sqlstate, pg_message = pg_details(exc)
    if sqlstate:
        info["sqlstate"] = sqlstate
    if pg_message:
        info["pg_message"] = pg_message
    file, line = traceback_call_site(tb)
    if file is None and isinstance(exc, SyntaxError) and exc.filename and in_versions(exc.filename):
        file, line = os.path.abspath(exc.filename), exc.lineno
    if file is not None:
        info["file"] = file
        info["line"] = line
    revision = getattr(exc, "_alembic_guard_revision", None)
    if revision:
        info["revision"] = revision
    return info


def tag_revision(exc, revision):
    if getattr(exc, "_alembic_guard_revision", None) is None:
        try:
            exc._alembic_guard_revision = revision
        except Exception:
            pass


# --- Parameters, for the record ----------------------------------------------------------------------
def json_safe(value, depth=0):
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)  # JSON has no NaN / Infinity
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return value if len(value) <= MAX_PARAM_CHARS else value[:MAX_PARAM_CHARS] + "…"
    if depth < 2 and isinstance(value, dict):
        return {str(k): json_safe(v, depth + 1) for k, v in list(value.items())[:50]}
    if depth < 2 and isinstance(value, (list, tuple)):
        items = [json_safe(v, depth + 1) for v in list(value)[:20]]
        if len(value) > 20:
            items.append("… %d more" % (len(value) - 20))
        return items
    text = repr(value)
    return text if len(text) <= MAX_PARAM_CHARS else text[:MAX_PARAM_CHARS] + "…"


# --- Recording a statement ---------------------------------------------------------------------------
def record(sql, in_transaction, frame):
    if len(S.statements) >= MAX_STATEMENTS:
        S.omitted += 1
        return {}
    file, line = call_site(frame)
    if S.revision is not None:
        revision, bookkeeping = S.revision, False
    elif S.bookkeeping_revision is not None:
        revision, bookkeeping = S.bookkeeping_revision, True
    else:
        revision, bookkeeping = None, S.in_run > 0
    entry = {"sql": sql.strip(), "revision": revision, "file": file, "line": line, "in_transaction": in_transaction}
    if bookkeeping:
        entry["bookkeeping"] = True
    S.statements.append(entry)
    return entry


# ======================================================================================================
# Alembic / SQLAlchemy hooks (class level, installed once)
# ======================================================================================================
import sqlalchemy  # noqa: E402
from sqlalchemy import event  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402
from sqlalchemy.engine.url import make_url  # noqa: E402
from sqlalchemy.pool import Pool  # noqa: E402

import alembic  # noqa: E402
from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402
from alembic.ddl.impl import DefaultImpl  # noqa: E402
from alembic.runtime import migration as alembic_migration  # noqa: E402
from alembic.runtime.environment import EnvironmentContext  # noqa: E402
from alembic.script import ScriptDirectory  # noqa: E402

try:
    from sqlalchemy.engine.interfaces import Dialect
except ImportError:  # pragma: no cover - very old SQLAlchemy
    from sqlalchemy.engine.default import DefaultDialect as Dialect


# --- The database we may touch -----------------------------------------------------------------------
class Target:
    url = None  # the throwaway database URL (None: offline only, refuse every connection)
    database = None
    host = None
    port = None


def _norm_host(host):
    if host is None:
        return None
    host = str(host)
    if host.startswith("/"):
        host = host.rstrip("/") or "/"
    return host


def _query_value(url, key):
    value = url.query.get(key) if url.query else None
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    return value


def set_target(url_text):
    Target.url = url_text
    url = make_url(url_text)
    Target.database = url.database
    Target.host = _norm_host(url.host or _query_value(url, "host"))
    Target.port = str(url.port or _query_value(url, "port") or 5432)


def describe_target(database, host, port):
    where = host or "the default host"
    return "database %r on %s (port %s)" % (database, where, port)


_resolved_hosts = {}


def _addresses(host):
    if host not in _resolved_hosts:
        try:
            _resolved_hosts[host] = {info[4][0] for info in socket.getaddrinfo(host, None)}
        except Exception:
            _resolved_hosts[host] = set()
    return _resolved_hosts[host]


def _same_host(actual, expected):
    """Equal, or both TCP names for one address (asyncpg reports the resolved IP, the URL says localhost)."""
    if actual == expected:
        return True
    if not actual or not expected or actual.startswith("/") or expected.startswith("/"):
        return False
    return bool(_addresses(actual) & _addresses(expected))


def check_destination(database, host, port):
    """Raise unless (database, host, port) is the throwaway database we were given."""
    host = _norm_host(host)
    port = str(port or 5432)
    if Target.url is None:
        raise ForeignDatabaseRefused(
            "alembic-guard runs this project without a database here, but env.py tried to connect to %s; "
            "no database is touched in this mode" % describe_target(database, host, port)
        )
    if database != Target.database or port != Target.port or not _same_host(host, Target.host):
        raise ForeignDatabaseRefused(
            "refused to connect to %s: alembic-guard only touches the throwaway database it created (%s). "
            "Make env.py take its URL from config.get_main_option('sqlalchemy.url') or the DATABASE_URL "
            "environment variable instead of a hard-coded one"
            % (describe_target(database, host, port), describe_target(Target.database, Target.host, Target.port))
        )


def _on_do_connect(dialect, conn_rec, cargs, cparams):
    # Before the DBAPI connects: the keyword arguments SQLAlchemy is about to pass to the driver.
    database = cparams.get("database") or cparams.get("dbname")
    host = cparams.get("host")
    port = cparams.get("port")
    dsn = cparams.get("dsn") or (cargs[0] if cargs and isinstance(cargs[0], str) and cargs[0] else None)
    if dsn and not database:
        raise ForeignDatabaseRefused(
            "refused to connect through a raw DSN (%s connect arguments); alembic-guard can only verify "
            "URL-style connections to its throwaway database" % dialect.name
        )
    check_destination(database, host, port)


def _actual_destination(dbapi_connection):
    """(database, host, port) the DBAPI connection really reached, or None when the driver cannot say."""
    info = getattr(dbapi_connection, "info", None)  # psycopg2 >= 2.8, psycopg 3
    if info is not None and getattr(info, "dbname", None):
        return info.dbname, getattr(info, "host", None), getattr(info, "port", None)
    inner = getattr(dbapi_connection, "_connection", None)  # SQLAlchemy's asyncpg adapter
    params = getattr(inner, "_params", None)
    addr = getattr(inner, "_addr", None)
    if params is not None and getattr(params, "database", None):
        if isinstance(addr, str):  # unix socket path: <dir>/.s.PGSQL.<port>
            directory, _, name = addr.rpartition("/")
            return params.database, directory, name.rsplit(".", 1)[-1]
        if isinstance(addr, tuple) and len(addr) >= 2:
            return params.database, addr[0], addr[1]
    return None


def _on_pool_connect(dbapi_connection, connection_record):
    # A connection made through create_engine(creator=...) never passes do_connect: check where it landed,
    # before SQLAlchemy's own first queries on it.
    if connection_record is not None and connection_record.info.get("alembic_guard_checked"):
        return
    actual = _actual_destination(dbapi_connection)
    if actual is not None:
        check_destination(*actual)
    elif Target.url is None:
        check_destination(None, None, None)
    if connection_record is not None:
        connection_record.info["alembic_guard_checked"] = True


def _engine_destination(conn):
    url = conn.engine.url
    return url.database, url.host or _query_value(url, "host"), url.port or _query_value(url, "port")


def _autocommit_state(conn, cursor):
    """True/False when the DBAPI connection says whether it is in autocommit mode, else None."""
    for holder in (getattr(cursor, "connection", None), getattr(cursor, "_adapt_connection", None)):
        value = getattr(holder, "autocommit", None)
        if isinstance(value, bool):
            return value
    try:
        fairy = conn.connection
        raw = getattr(fairy, "dbapi_connection", None) or getattr(fairy, "connection", None)
        value = getattr(raw, "autocommit", None)
        if isinstance(value, bool):
            return value
    except Exception:
        pass
    return None


def _on_before_cursor_execute(conn, cursor, statement, parameters, context, executemany):
    # Second line of defence: whatever the connection path, no statement reaches a foreign database.
    database, host, port = _engine_destination(conn)
    check_destination(database, host, port)
    if S.statements is None or S.suppress:
        return
    autocommit = _autocommit_state(conn, cursor)
    if autocommit is None:
        options = getattr(conn, "_execution_options", None) or {}
        in_transaction = options.get("isolation_level") != "AUTOCOMMIT" and conn.in_transaction()
    else:
        in_transaction = not autocommit
    entry = record(statement, in_transaction, sys._getframe(1))
    if parameters:
        entry["parameters"] = json_safe(parameters)
    S.open_statement = (entry, time.perf_counter())


def _on_after_cursor_execute(conn, cursor, statement, parameters, context, executemany):
    if S.open_statement is not None:
        entry, started = S.open_statement
        entry["ms"] = round((time.perf_counter() - started) * 1000, 3)
        S.open_statement = None


LOCKS_SQL = """
SELECT n.nspname, c.relname, c.relkind, l.mode, l.relation::bigint
FROM pg_locks l
LEFT JOIN pg_class c ON c.oid = l.relation
LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND (n.nspname IS NULL OR (n.nspname NOT IN ('pg_catalog', 'information_schema')
                             AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'))
ORDER BY 1, 2, 4
"""

RELKINDS = {
    "r": "table",
    "i": "index",
    "S": "sequence",
    "t": "toast table",
    "v": "view",
    "m": "materialized view",
    "c": "composite type",
    "f": "foreign table",
    "p": "partitioned table",
    "I": "partitioned index",
}


def _on_commit(conn):
    # Just before a transaction commits: which locks does the migration's own backend hold?
    if not S.observe_locks:
        return
    if _autocommit_state(conn, None) is True:
        return  # the empty "transaction" Alembic opens inside autocommit_block(): nothing is held
    revisions = list(S.uncommitted)
    if S.revision is not None:
        revisions.append(S.revision)  # an autocommit_block() commits the revision's work so far
    if not revisions:
        return
    S.uncommitted = []
    locks = []
    try:
        cursor = conn.connection.cursor()  # the raw DBAPI cursor: no events, same transaction
        try:
            cursor.execute(LOCKS_SQL)  # no parameters: no %-interpolation by the DBAPI
            rows = cursor.fetchall()
        finally:
            cursor.close()
        for schema, name, relkind, mode, oid in rows:
            if name is None:
                locks.append({"relation": "(dropped relation, oid %s)" % oid, "mode": mode, "kind": "dropped"})
            else:
                if isinstance(relkind, bytes):  # asyncpg returns the "char" type as bytes
                    relkind = relkind.decode("ascii", "replace")
                kind = RELKINDS.get(relkind, str(relkind))
                locks.append({"relation": "%s.%s" % (schema, name), "mode": mode, "kind": kind})
    except Exception as exc:  # the observation must never break the user's migration
        sys.stderr.write("alembic-guard: could not read pg_locks: %s\n" % exc)
    S.locks.append({"revision": revisions[-1], "revisions": revisions, "locks": locks})


event.listen(Dialect, "do_connect", _on_do_connect)
event.listen(Pool, "first_connect", _on_pool_connect)
event.listen(Pool, "connect", _on_pool_connect)
event.listen(Engine, "before_cursor_execute", _on_before_cursor_execute)
event.listen(Engine, "after_cursor_execute", _on_after_cursor_execute)
event.listen(Engine, "commit", _on_commit)


# --- Revision being applied --------------------------------------------------------------------------
_original_revision_step_init = alembic_migration.RevisionStep.__init__


def _revision_step_init(self, *args, **kwargs):
    _original_revision_step_init(self, *args, **kwargs)
    function = self.migration_fn
    revision = self.revision.revision
    direction = "upgrade" if self.is_upgrade else "downgrade"

    @functools.wraps(function)
    def run_revision(*fn_args, **fn_kwargs):
        S.revision = revision
        started = time.perf_counter()
        first_statement = len(S.statements) if S.statements is not None else 0
        try:
            result = function(*fn_args, **fn_kwargs)
        except Exception as exc:
            tag_revision(exc, revision)
            if not S.skip_failed_revisions:
                raise
            # Offline: what this revision rendered before failing is a fragment; drop it (the revision is reported
            # and linted statically) and render the next ones, on this branch and any other.
            if S.statements is not None:
                del S.statements[first_statement:]
            S.failed_revisions.append(exc)
            return None
        except BaseException as exc:
            tag_revision(exc, revision)
            raise
        finally:
            S.revision = None
        S.applied.append(
            {"revision": revision, "direction": direction, "ms": round((time.perf_counter() - started) * 1000, 3)}
        )
        S.uncommitted.append(revision)
        return result

    self.migration_fn = run_revision


alembic_migration.RevisionStep.__init__ = _revision_step_init

_original_update_to_step = alembic_migration.HeadMaintainer.update_to_step


def _update_to_step(self, step, *args, **kwargs):
    script = getattr(step, "revision", None)
    revision = getattr(script, "revision", None)
    S.bookkeeping_revision = revision
    try:
        return _original_update_to_step(self, step, *args, **kwargs)
    except BaseException as exc:
        if revision:
            tag_revision(exc, revision)
        raise
    finally:
        S.bookkeeping_revision = None


alembic_migration.HeadMaintainer.update_to_step = _update_to_step

_original_run_migrations = alembic_migration.MigrationContext.run_migrations


def _run_migrations(self, *args, **kwargs):
    S.in_run += 1
    try:
        return _original_run_migrations(self, *args, **kwargs)
    finally:
        S.in_run -= 1


alembic_migration.MigrationContext.run_migrations = _run_migrations


# --- Offline (--sql) rendering -----------------------------------------------------------------------
def _wrap_impl_class(cls):
    own = cls.__dict__
    if "_exec" in own:
        original_exec = own["_exec"]

        def _exec(self, *args, **kwargs):
            if not self.as_sql:
                return original_exec(self, *args, **kwargs)
            S.exec_depth += 1
            try:
                return original_exec(self, *args, **kwargs)
            finally:
                S.exec_depth -= 1

        cls._exec = _exec
    if "static_output" in own:
        original_static_output = own["static_output"]

        def static_output(self, text):
            # Outermost call only: a dialect's override that calls super() writes the text once.
            if S.statements is not None and S.exec_depth > 0 and not S.in_static_output:
                sql = text
                terminator = self.command_terminator or ""
                if terminator and sql.endswith(terminator):
                    sql = sql[: -len(terminator)]
                record(sql.strip(), S.offline_in_transaction, sys._getframe(1))
            S.in_static_output += 1
            try:
                return original_static_output(self, text)
            finally:
                S.in_static_output -= 1

        cls.static_output = static_output
    if "emit_begin" in own:
        original_emit_begin = own["emit_begin"]

        def emit_begin(self):
            S.offline_in_transaction = True
            return original_emit_begin(self)

        cls.emit_begin = emit_begin
    if "emit_commit" in own:
        original_emit_commit = own["emit_commit"]

        def emit_commit(self):
            S.offline_in_transaction = False
            return original_emit_commit(self)

        cls.emit_commit = emit_commit


def _all_impl_classes():
    import alembic.ddl  # noqa: F401  (registers the dialect implementations)

    seen, stack = [], [DefaultImpl]
    while stack:
        cls = stack.pop()
        if cls not in seen:
            seen.append(cls)
            stack.extend(cls.__subclasses__())
    return seen


for _cls in _all_impl_classes():
    _wrap_impl_class(_cls)


# --- One ScriptDirectory for the whole run: the revision files are imported once -----------------------
_original_from_config = ScriptDirectory.from_config.__func__
_script_cache = {}


def _cached_from_config(cls, config, *args, **kwargs):
    cached = _script_cache.get(id(config))
    if cached is not None and cached[0] is config and not args and not kwargs:
        return cached[1]
    script = _original_from_config(cls, config, *args, **kwargs)
    if config is Project.config:
        _script_cache[id(config)] = (config, script)
    return script


ScriptDirectory.from_config = classmethod(_cached_from_config)


# ======================================================================================================
# The project
# ======================================================================================================
class _Discard(io.TextIOBase):
    def write(self, text):
        return len(text)


class Project:
    config = None
    script = None
    init = None


def with_users_driver(url_text, users_url_text):
    """Our URL, spelled with the DBAPI driver the user's own URL names (an asyncio env.py needs
    postgresql+asyncpg://, a psycopg 3 project postgresql+psycopg://)."""
    try:
        users = make_url(users_url_text) if users_url_text else None
    except Exception:
        users = None
    if users is None or users.get_backend_name() != "postgresql" or "+" not in users.drivername:
        return url_text
    ours = make_url(url_text)
    if ours.drivername == users.drivername:
        return url_text
    if hasattr(ours, "set"):
        ours = ours.set(drivername=users.drivername)
    else:  # SQLAlchemy < 1.4
        ours.drivername = users.drivername
    return ours.render_as_string(hide_password=False) if hasattr(ours, "render_as_string") else str(ours)


def configured_url(config):
    """sqlalchemy.url as the config has it; the raw text when it interpolates %(NAME)s options that only
    env.py sets (config.set_section_option), which Alembic resolves only when env.py reads the URL."""
    try:
        return config.get_main_option("sqlalchemy.url")
    except Exception:
        try:
            return config.file_config.get(config.config_ini_section, "sqlalchemy.url", raw=True, fallback=None)
        except Exception:
            return None


def load_project(init):
    Project.init = init
    config_path = init["config"]
    section = init.get("section") or "alembic"
    if not os.path.isfile(config_path):
        raise DriverProblem("Alembic config %s does not exist" % config_path)
    kwargs = {"ini_section": section, "output_buffer": _Discard(), "stdout": sys.stderr}
    if config_path.endswith(".toml"):
        try:
            config = Config(toml_file=config_path, **kwargs)
        except TypeError:
            raise DriverProblem(
                "Alembic %s cannot read [tool.alembic] from %s (Alembic 1.16+ can); "
                "point the config at alembic.ini instead" % (alembic.__version__, config_path)
            )
    else:
        pyproject = os.path.join(os.path.dirname(config_path), "pyproject.toml")
        config = None
        if os.path.isfile(pyproject):
            try:  # Alembic >= 1.16 merges [tool.alembic] from pyproject.toml as its CLI does
                config = Config(file_=config_path, toml_file=pyproject, **kwargs)
            except TypeError:
                config = None
        if config is None:
            config = Config(file_=config_path, **kwargs)
    if Project.init.get("database_url"):
        set_target(init["database_url"])
        url = with_users_driver(init["database_url"], configured_url(config))
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
        # For env.py files that read the environment (the TypeScript side exported the plain URL).
        os.environ["DATABASE_URL"] = url
        os.environ["ALEMBIC_GUARD_DATABASE_URL"] = url
    else:
        # Offline rendering needs only a PostgreSQL dialect; env.py files that read the URL from the
        # environment get a placeholder that can never be connected to (connections are refused anyway).
        current = configured_url(config)
        usable = False
        try:
            usable = bool(current) and make_url(current).get_backend_name() == "postgresql"
        except Exception:
            usable = False
        if not usable:
            config.set_main_option("sqlalchemy.url", PLACEHOLDER_OFFLINE_URL)
        os.environ.setdefault("DATABASE_URL", PLACEHOLDER_OFFLINE_URL)
        os.environ.setdefault("ALEMBIC_GUARD_DATABASE_URL", PLACEHOLDER_OFFLINE_URL)
    Project.config = config
    script = ScriptDirectory.from_config(config)
    Project.script = script
    for location in init.get("version_locations") or []:
        add_versions_dir(location)
    for location in script._version_locations:
        add_versions_dir(location)


# ======================================================================================================
# Commands
# ======================================================================================================
def elapsed_ms(started):
    return round((time.perf_counter() - started) * 1000, 3)


def cmd_hello(request):
    script = Project.script
    heads = list(script.get_heads())
    online = bool(Project.init.get("database_url"))
    seen = {}

    def probe(rev, context):
        seen["metadata"] = context.opts.get("target_metadata") is not None
        seen["dialect"] = context.dialect.name
        # env.py may name its own version table (context.configure(version_table=...)): Alembic's bookkeeping.
        seen["version_table"] = getattr(context, "version_table", None)
        seen["version_table_schema"] = getattr(context, "version_table_schema", None)
        return []

    S.reset(None, False)
    # Run env.py once, migrating nothing, so an import failure shows up now and not mid-run.
    with EnvironmentContext(
        Project.config, script, fn=probe, as_sql=not online, dont_mutate=True, destination_rev=None
    ):
        script.run_env()
    return {
        "ok": True,
        "python": sys.executable,
        "python_version": "%d.%d.%d" % sys.version_info[:3],
        "alembic_version": alembic.__version__,
        "sqlalchemy_version": sqlalchemy.__version__,
        "config_file": Project.config.config_file_name,
        "script_location": os.path.abspath(script.dir),
        "version_locations": [os.path.realpath(p) for p in script._version_locations],
        "heads": heads,
        "env": "online" if online else "offline",
        "has_target_metadata": bool(seen.get("metadata")),
        "dialect": seen.get("dialect"),
        "version_table": seen.get("version_table") or "alembic_version",
        "version_table_schema": seen.get("version_table_schema"),
    }


def run_step(action, target, observe_locks):
    if not Project.init.get("database_url"):
        raise DriverProblem("no database was given to the driver; %s needs one" % action)
    statements = []
    S.reset(statements, observe_locks)
    started = time.perf_counter()
    error = None
    try:
        if action == "upgrade":
            command.upgrade(Project.config, target)
        else:
            command.downgrade(Project.config, target)
    except BaseException as exc:  # SystemExit from env.py is a failure of the step, not of the driver
        error = error_info(exc)
    response = {"ok": error is None, "ms": elapsed_ms(started), "statements": statements, "applied": S.applied}
    if S.omitted:
        response["omitted_statements"] = S.omitted
    if observe_locks:
        response["locks"] = S.locks
    if error is not None:
        response["error"] = error
    S.reset(None, False)
    return response


# What reading the database looks like in --sql mode: execute() returns None there, inspect() and the bind's
# engine are missing; or the failing line itself asks the connection.
_READS_DATABASE_ERROR = re.compile(
    r"'NoneType' object has no attribute '(scalar|scalars|scalar_one|fetch\w*|first|one|one_or_none|all|rowcount|"
    r"mappings|keys|returns_rows|inserted_primary_key|__iter__)'|MockConnection|No inspection system|"
    r"has no attribute '(engine|dialect|connection|exec_driver_sql)'|not iterable"
)
_READS_DATABASE_LINE = re.compile(r"get_bind\(|inspect\(|\.execute\(|\.exec_driver_sql\(|\bconnection\b|\bbind\b")


def offline_reason(info):
    message = info["message"].splitlines()[0] if info["message"] else ""
    head = "revision %s cannot be rendered in offline (--sql) mode: %s: %s" % (info.get("revision"), info["type"], message)
    tail = (info.get("traceback") or "").rstrip().splitlines()
    # The last source line shown before the exception line is the line that failed.
    failing_line = next((line for line in reversed(tail[:-1]) if line.startswith("    ")), "")
    if _READS_DATABASE_ERROR.search(info["message"] or "") or _READS_DATABASE_LINE.search(failing_line):
        return head + (
            ". It probably reads the database (op.get_bind(), inspect(), a SELECT whose result it uses), "
            "which --sql mode cannot do"
        )
    return head + (
        ". This does not look like reading the database: the revision probably fails the same way in "
        "`alembic upgrade`, so fix the line it points at"
    )


def cmd_sql(request):
    """Offline SQL for from:to, split per revision; a revision that cannot render is reported and skipped."""
    start = request.get("from")
    to = request["to"]
    started = time.perf_counter()
    kept, applied, revision_errors = [], [], []
    rendered = set()
    omitted = 0
    error = None
    first_round = True
    while True:
        statements = []
        S.reset(statements, False)
        S.skip_failed_revisions = True
        failed = None
        try:
            command.upgrade(Project.config, "%s:%s" % (start, to) if start else to, sql=True)
        except BaseException as exc:
            info = error_info(exc)
            failed = info.get("revision")
            if failed is None or failed in rendered:
                error = info  # env.py itself (or Alembic) failed: nothing more to render
            else:
                info["message"] = offline_reason(info)
                revision_errors.append(info)
        for exc in S.failed_revisions:
            info = error_info(exc)
            if info.get("revision") in rendered:
                continue
            info["message"] = offline_reason(info)
            revision_errors.append(info)
            rendered.add(info.get("revision"))
        for entry in statements:
            revision = entry["revision"]
            if revision is None:
                if first_round:
                    kept.append(entry)
            elif revision not in rendered and revision != failed:
                kept.append(entry)
        for step in S.applied:
            if step["revision"] not in rendered:
                applied.append(step)
        rendered.update(step["revision"] for step in S.applied)
        omitted += S.omitted
        S.reset(None, False)
        first_round = False
        if failed is None or error is not None:
            break
        # Go on after the revision that failed; everything already rendered is left out.
        rendered.add(failed)
        start = failed
    response = {
        "ok": error is None,
        "ms": elapsed_ms(started),
        "statements": kept,
        "applied": applied,
        "revision_errors": revision_errors,
    }
    if omitted:
        response["omitted_statements"] = omitted
    if error is not None:
        response["error"] = error
    return response


def format_type(type_, dialect):
    if type_ is None:
        return "no type"
    try:
        return str(type_.compile(dialect=dialect))
    except Exception:
        return repr(type_)


def describe_diff(diff, dialect):
    kind = diff[0]

    def table_name(table):
        return table.fullname if getattr(table, "fullname", None) else table.name

    def qualified(schema, table):
        return "%s.%s" % (schema, table) if schema else table

    if kind in ("add_table", "remove_table"):
        table = diff[1]
        name = table_name(table)
        if kind == "add_table":
            text = "table %s is in the models but no migration creates it" % name
        else:
            text = "table %s exists after upgrade head but is not in the models" % name
        return {"kind": kind, "description": text, "table": name}
    if kind in ("add_column", "remove_column"):
        schema, tname, column = diff[1], diff[2], diff[3]
        name = qualified(schema, tname)
        if kind == "add_column":
            text = "column %s.%s is in the models but no migration creates it" % (name, column.name)
        else:
            text = "column %s.%s exists after upgrade head but is not in the models" % (name, column.name)
        return {"kind": kind, "description": text, "table": name, "column": column.name}
    if kind in ("add_index", "remove_index", "add_constraint", "remove_constraint", "add_fk", "remove_fk"):
        obj = diff[1]
        table = getattr(obj, "table", None)
        if table is None:
            table = getattr(getattr(obj, "parent", None), "table", None)
        tname = table_name(table) if table is not None else "?"
        what = {"index": "index", "constraint": "constraint", "fk": "foreign key"}[kind.split("_", 1)[1]]
        try:
            columns = ", ".join(c.name for c in obj.columns)
        except Exception:
            columns = ""
        label = "%s %s on %s(%s)" % (what, obj.name or "(unnamed)", tname, columns)
        if kind.startswith("add_"):
            text = "%s is in the models but not in the database after upgrade head" % label
        else:
            text = "%s is in the database after upgrade head but not in the models" % label
        return {"kind": kind, "description": text, "table": tname}
    if kind.startswith("modify_"):
        schema, tname, cname = diff[1], diff[2], diff[3]
        existing, wanted = diff[5], diff[6]
        name = "%s.%s" % (qualified(schema, tname), cname)
        if kind == "modify_type":
            text = "column %s is %s in the database but %s in the models" % (
                name,
                format_type(existing, dialect),
                format_type(wanted, dialect),
            )
        elif kind == "modify_nullable":
            state = lambda nullable: "nullable" if nullable else "NOT NULL"  # noqa: E731
            text = "column %s is %s in the database but %s in the models" % (name, state(existing), state(wanted))
        elif kind == "modify_default":
            text = "column %s has server default %s in the database but %s in the models" % (
                name,
                _default_text(existing),
                _default_text(wanted),
            )
        elif kind == "modify_comment":
            text = "column %s has comment %r in the database but %r in the models" % (name, existing, wanted)
        else:
            text = "column %s: %s differs (database %r, models %r)" % (name, kind[len("modify_"):], existing, wanted)
        return {"kind": kind, "description": text, "table": qualified(schema, tname), "column": cname}
    if kind in ("add_table_comment", "remove_table_comment"):
        table = diff[1]
        return {
            "kind": kind,
            "description": "comment of table %s differs between the models and the database" % table_name(table),
            "table": table_name(table),
        }
    return {"kind": str(kind), "description": "%s: %s" % (kind, ", ".join(repr(x) for x in diff[1:]))}


def _default_text(default):
    if default is None or default is False:
        return "none"
    arg = getattr(default, "arg", default)
    text = getattr(arg, "text", None)
    return repr(text if text is not None else str(arg))


def cmd_check_drift(request):
    from alembic.autogenerate import compare_metadata

    if not Project.init.get("database_url"):
        raise DriverProblem("no database was given to the driver; the drift check needs one")
    script = Project.script
    started = time.perf_counter()
    result = {}

    def compare(rev, context):
        current = set(script.get_revisions(rev))
        heads = set(script.get_revisions("heads"))
        if current != heads:
            raise DriverProblem(
                "the database is at %s, not at head (%s): upgrade head before the drift check"
                % (", ".join(sorted(r.revision for r in current)) or "base", ", ".join(sorted(r.revision for r in heads)))
            )
        metadata = context.opts.get("target_metadata")
        if metadata is None:
            raise DriverProblem(
                "env.py passes target_metadata=None to context.configure(); the drift check compares your "
                "models' MetaData with the database, so set target_metadata = <your Base>.metadata in env.py"
            )
        S.suppress += 1
        try:
            result["diffs"] = compare_metadata(context, metadata)
            result["dialect"] = context.dialect
        finally:
            S.suppress -= 1
        return []

    S.reset(None, False)
    try:
        with EnvironmentContext(Project.config, script, fn=compare, as_sql=False, dont_mutate=True):
            script.run_env()
    except BaseException as exc:
        return {"ok": False, "ms": elapsed_ms(started), "diffs": [], "error": error_info(exc)}
    diffs = []
    for diff in result.get("diffs", []):
        group = diff if isinstance(diff, list) else [diff]  # modify_* come grouped per column
        for one in group:
            diffs.append(describe_diff(one, result.get("dialect")))
    return {"ok": True, "ms": elapsed_ms(started), "diffs": diffs}


COMMANDS = {
    "hello": cmd_hello,
    "sql": cmd_sql,
    "upgrade": lambda request: run_step("upgrade", request["target"], bool(request.get("observe_locks"))),
    "downgrade": lambda request: run_step("downgrade", request["target"], bool(request.get("observe_locks"))),
    "check_drift": cmd_check_drift,
}


def serve(init):
    load_error = None
    try:
        load_project(init)
    except BaseException as exc:
        load_error = error_info(exc)
    for raw in iter(_REQUESTS.readline, b""):
        line = raw.decode("utf-8", "replace").strip()
        if not line:
            continue
        request_id = None
        try:
            request = json.loads(line)
            request_id = request.get("id")
            cmd = request.get("cmd")
            if cmd == "quit":
                send({"id": request_id, "ok": True})
                return
            if load_error is not None:
                # Every request fails the same way until the project loads (it never will: start a new driver).
                send({"id": request_id, "ok": False, "error": load_error})
                continue
            handler = COMMANDS.get(cmd)
            if handler is None:
                raise DriverProblem("unknown driver command %r" % cmd)
            response = handler(request)
        except BaseException as exc:
            S.reset(None, False)
            response = {"ok": False, "error": error_info(exc)}
        response["id"] = request_id
        send(response)


def exit_with_parent():
    """End this process when alembic-guard is gone (SIGKILL, OOM) without closing it: stdin reaches end of
    file only between requests, and a migration must not go on running on the database for nobody."""
    import threading

    parent = os.getppid()

    def watch():
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(3)

    threading.Thread(target=watch, name="alembic-guard-parent", daemon=True).start()


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: driver.py '<init json>' (started by alembic-guard)\n")
        return 2
    init = json.loads(sys.argv[1])
    url_variable = init.get("database_url_env")
    if url_variable:
        # The URL comes through the environment: a command line is visible to every user (ps).
        init["database_url"] = os.environ.get(url_variable) or None
        if not init["database_url"]:
            sys.stderr.write("driver.py: the environment variable %s holds no database URL\n" % url_variable)
            return 2
    # Like `python -m alembic`, let env.py import the project from the working directory, but after
    # everything else so nothing installed is shadowed.
    cwd = os.getcwd()
    if cwd not in sys.path:
        sys.path.append(cwd)
    exit_with_parent()
    serve(init)
    return 0


if __name__ == "__main__":
    sys.exit(main())
