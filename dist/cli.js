#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// The `alembic-guard` program (copied to dist/cli.js as is, not bundled). `lint` is the command people run on every
// save and in pre-commit hooks, so it has a bundle of its own (dist/lint.js) with only the linter to load; every
// other command runs from the full bundle (dist/main.js).
const bundle = process.argv[2] === "lint" ? "./lint.js" : "./main.js";
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(bundle).runCliProgram();
