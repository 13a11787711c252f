// The `alembic` command a user pastes to fix a finding, with -c/-n when the project is not the default
// ./alembic.ini [alembic] (a pasted command that cannot find the config is no fix).
import type { Settings } from "./settings";
import { relativePath } from "./paths";

export function alembicCommand(settings: Pick<Settings, "cwd" | "config" | "name">): string {
  const configRel = relativePath(settings.cwd, settings.config);
  const quote = (value: string) => (/^[\w./@%+=:,-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`);
  return [
    "alembic",
    configRel !== "alembic.ini" ? `-c ${quote(configRel)}` : "",
    settings.name !== "alembic" ? `-n ${quote(settings.name)}` : "",
  ]
    .filter(Boolean)
    .join(" ");
}
