// GitHub Action entry point (issue #6 fills this in): reads inputs, runs check, reports.
import * as core from "@actions/core";

core.setFailed("alembic-guard: the GitHub Action entry point is not built yet");
