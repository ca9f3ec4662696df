import { execFileSync } from "node:child_process";

/** `git config user.name`, the default author, or undefined when git or the setting is missing. */
export function gitUserName(cwd: string): string | undefined {
  try {
    const name = execFileSync("git", ["config", "user.name"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return name || undefined;
  } catch {
    return undefined;
  }
}
