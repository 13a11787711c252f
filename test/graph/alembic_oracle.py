"""Ask Alembic itself for a history's heads, bases and parents (the oracle for the graph tests).

argv[1]: JSON list of {"dir": ..., "config": ..., "name": ...}. Prints one JSON list of answers.
"""
import json
import os
import sys
import warnings

sys.dont_write_bytecode = True

from alembic.config import Config  # noqa: E402
from alembic.script import ScriptDirectory  # noqa: E402


def answer(case):
    os.chdir(case["dir"])
    cfg = Config(case["config"], ini_section=case.get("name", "alembic"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            script = ScriptDirectory.from_config(cfg)
            rmap = script.revision_map
            heads = sorted(rmap.heads)
            bases = sorted(rmap.bases)
            revisions = {}
            for key, rev in rmap._revision_map.items():
                if rev is None or key != rev.revision:
                    continue  # None/() sentinels and branch-label aliases
                revisions[rev.revision] = {
                    "down_revisions": sorted(rev._versioned_down_revisions),
                    "depends_on": sorted(rev._resolved_dependencies),
                    "branch_labels": sorted(rev._orig_branch_labels),
                    "file": os.path.realpath(rev.path),
                }
            return {"heads": heads, "bases": bases, "revisions": revisions, "warnings": [str(w.message) for w in caught]}
        except Exception as error:  # the oracle's failure is an answer too
            return {"error": "%s: %s" % (type(error).__name__, error)}


print(json.dumps([answer(case) for case in json.loads(sys.argv[1])]))
