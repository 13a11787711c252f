// alembic-guard's version, as in package.json (test/version.test.ts keeps the two equal): `--version`, SARIF's tool.driver.version.
export const VERSION = "0.1.0";
