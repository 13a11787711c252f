// Temporary git repositories for tests: real `git init`, real commits on real branches.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export class TempRepo {
  readonly root: string;

  constructor(prefix = "ag-git-") {
    this.root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
    this.git("init", "-q", "-b", "main");
    this.git("config", "user.name", "Base Author");
    this.git("config", "user.email", "base@example.com");
    this.git("config", "commit.gpgsign", "false");
  }

  git(...args: string[]): string {
    return execFileSync("git", args, { cwd: this.root, encoding: "utf8", env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } });
  }

  write(rel: string, text: string): string {
    const file = path.join(this.root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  }

  remove(rel: string): void {
    fs.rmSync(path.join(this.root, rel));
  }

  commitAll(message: string, author?: { name: string; email: string }): string {
    this.git("add", "-A");
    const who = author ? ["-c", `user.name=${author.name}`, "-c", `user.email=${author.email}`] : [];
    execFileSync("git", [...who, "commit", "-q", "-m", message], { cwd: this.root });
    return this.git("rev-parse", "HEAD").trim();
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
