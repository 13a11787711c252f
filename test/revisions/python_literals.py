"""Python's own reading of revision/down_revision/branch_labels/depends_on (oracle for the scanner tests).

argv[1:]: files. Prints {file: {name: {"line", "column", "value"}}} where value is
{"kind": "none"} | {"kind": "strings", "items": [...]} | {"kind": "unresolved"}, normalised the way
Alembic uses them (falsy → none, a str → one item), or {"error": ...} when Python cannot parse the file.
"""
import ast
import json
import sys

NAMES = {"revision", "down_revision", "branch_labels", "depends_on"}


def normalise(node):
    # f"plain" (no fields) is a plain string at run time, though literal_eval refuses it.
    if isinstance(node, ast.JoinedStr) and all(isinstance(v, ast.Constant) for v in node.values):
        node = ast.Constant("".join(v.value for v in node.values))
    try:
        value = ast.literal_eval(node)
    except Exception:
        return {"kind": "unresolved"}
    if value is None or value == "" or (isinstance(value, (tuple, list, set, dict)) and not value):
        return {"kind": "none"}
    if isinstance(value, str):
        return {"kind": "strings", "items": [value]}
    if isinstance(value, (tuple, list, set)) and all(isinstance(v, str) for v in value):
        items = list(value) if not isinstance(value, set) else list(value)
        return {"kind": "strings", "items": items}
    return {"kind": "unresolved"}


def read(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        return {"error": str(error)}
    out = {}
    for stmt in tree.body:
        targets = []
        if isinstance(stmt, ast.Assign):
            targets = stmt.targets
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            targets = [stmt.target]
        for target in targets:
            if isinstance(target, ast.Name) and target.id in NAMES:
                out[target.id] = {"line": target.lineno, "column": target.col_offset + 1, "value": normalise(stmt.value)}
    return out


print(json.dumps({path: read(path) for path in sys.argv[1:]}))
