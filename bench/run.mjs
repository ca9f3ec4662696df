#!/usr/bin/env node
// npm run bench — times irinsider as whole processes on generated stores, beside two baselines
// (bare node start-up, and a floor that only reads and parses front matter), run in turns with
// them so that a noisy machine affects all alike, and checks the
// targets: start-up within 1.5× of node, store commands no slower than the floor (≤ 1.0×) from
// 10,000 articles on (smaller stores are timed without a target: the targets are set from there),
// time at 100,000 ≤ 11× time at 10,000, peak RSS at 100,000 ≤ 300 MB.
//   --sizes 1000,10000   store sizes (default)      --full   adds 100,000
//   --runs N             runs per command (median)  --seed S generator seed
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateStore } from "./generate.mjs";

/** The store size from which the commands are held to the floor (the targets are set for 10,000 articles and more). */
const TARGET_FROM = 10000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin/irinsider.js");
const floor = path.join(root, "bench/floor.mjs");
const TIME = "/usr/bin/time";

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One command as a whole process: wall seconds, and (from GNU time, when installed) CPU seconds
 * of all its threads (user + system) and peak RSS in MB. The CPU time varies less than the wall
 * time on a shared machine: a change's cost shows there first.
 */
export function measure(args, cwd) {
  const useTime = existsSync(TIME);
  const command = useTime ? [TIME, "-f", "%M %U %S", ...args] : args;
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { cwd, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const [kb, user, system] = useTime ? result.stderr.trim().split("\n").at(-1).split(" ").map(Number) : [NaN, NaN, NaN];
  return { wall, cpu: Number.isFinite(user + system) ? user + system : null, rss: Number.isFinite(kb) ? kb / 1024 : null };
}

export function formatTable(rows) {
  const head = ["command", "articles", "wall (s)", "CPU (s)", "articles/s", "peak RSS (MB)", "ratio", "target", ""];
  const body = rows.map((r) => [
    r.name,
    r.articles ? r.articles.toLocaleString("en-US") : "–",
    r.wall.toFixed(3),
    r.cpu === null ? "n/a" : r.cpu.toFixed(2),
    r.articles ? Math.round(r.articles / r.wall).toLocaleString("en-US") : "–",
    r.rss === null ? "n/a" : r.rss.toFixed(0),
    r.ratio === null ? "–" : `${r.ratio.toFixed(2)}×`,
    r.target ?? "",
    r.ok === null ? "" : r.ok ? "ok" : "MISSED",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(head), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...body.map(line)].join("\n");
}

function parseArgs(argv) {
  const options = { sizes: [1000, 10000], runs: null, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--sizes") options.sizes = argv[++i].split(",").map(Number);
    else if (argv[i] === "--full") options.sizes = [...new Set([...options.sizes, 100000])];
    else if (argv[i] === "--runs") options.runs = Number(argv[++i]);
    else if (argv[i] === "--seed") options.seed = Number(argv[++i]);
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return options;
}

export function runBenchmark(options) {
  const rows = [];
  /**
   * Times a group of commands side by side: run 1 of each, then run 2 of each, … so that a
   * machine that slows down or speeds up during the group affects every command alike, and the
   * ratios to the group's baseline (its first entry) stay fair. Medians per command.
   */
  const timeGroup = (entries, runs) => {
    const samples = entries.map(() => []);
    for (let run = 0; run < runs; run++) entries.forEach((entry, i) => samples[i].push(measure(entry.args, entry.cwd)));
    const group = entries.map((entry, i) => ({
      name: entry.name,
      articles: entry.articles,
      wall: median(samples[i].map((s) => s.wall)),
      cpu: samples[i][0].cpu === null ? null : median(samples[i].map((s) => s.cpu)),
      rss: samples[i][0].rss === null ? null : Math.max(...samples[i].map((s) => s.rss)),
      target: entry.target ?? null,
      limit: entry.limit,
    }));
    for (const row of group) {
      row.ratio = row === group[0] ? null : row.wall / group[0].wall;
      row.ok = row.limit === undefined ? null : row.ratio <= row.limit;
      delete row.limit;
      rows.push(row);
    }
    return group;
  };
  const startupRuns = options.runs ?? 10;
  timeGroup(
    [
      { name: "node -e 0", args: [process.execPath, "-e", "0"], cwd: root, articles: 0 },
      { name: "irinsider --version", args: [process.execPath, bin, "--version"], cwd: root, articles: 0, target: "≤ 1.5× node", limit: 1.5 },
      { name: "irinsider --help", args: [process.execPath, bin, "--help"], cwd: root, articles: 0, target: "≤ 1.5× node", limit: 1.5 },
    ],
    startupRuns,
  );
  const byCommand = {};
  for (const size of options.sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), `irinsider-bench-${size}-`));
    try {
      generateStore(dir, size, options.seed);
      const commands = [["validate", ["validate"]], ["quotes --json", ["quotes", "--json"]], ["summary --json", ["summary", "--json"]], ["list --json", ["list", "--json"]]];
      const group = timeGroup(
        [
          { name: "floor: read + parse front matter", args: [process.execPath, floor, "articles"], cwd: dir, articles: size },
          // For reference (no target): the same loop with the fast parser irinsider reads text-only front matter with.
          { name: "reference: read + js-yaml", args: [process.execPath, floor, "articles", "--js-yaml"], cwd: dir, articles: size },
          ...commands.map(([name, args]) => ({ name, args: [process.execPath, bin, ...args], cwd: dir, articles: size, ...(size >= TARGET_FROM ? { target: "≤ 1.0× floor", limit: 1.0 } : {}) })),
          // For reference (no target): the terminal table, which must measure every row before it
          // draws one (cli-table3 took 265 s here at 10,000 articles).
          { name: "reference: quotes as a table", args: [process.execPath, bin, "quotes"], cwd: dir, articles: size },
        ],
        options.runs ?? (size >= 100000 ? 1 : 5),
      );
      for (const row of group.slice(2).filter((row) => row.target)) (byCommand[row.name] ??= {})[size] = row;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const scaling = [];
  for (const [name, bySize] of Object.entries(byCommand)) {
    if (bySize[100000] && bySize[10000]) scaling.push({ name, factor: bySize[100000].wall / bySize[10000].wall, rss: bySize[100000].rss });
  }
  return { rows, scaling };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(path.join(root, "dist/cli/main.js"))) {
    console.error("Build first: npm run build");
    process.exit(2);
  }
  const options = parseArgs(process.argv.slice(2));
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  const { rows, scaling } = runBenchmark(options);
  console.log(formatTable(rows));
  for (const s of scaling) {
    console.log(`scaling ${s.name}: 100,000 took ${s.factor.toFixed(1)}× 10,000 (target ≤ 11×) ${s.factor <= 11 ? "ok" : "MISSED"}; peak RSS ${s.rss?.toFixed(0) ?? "n/a"} MB (target ≤ 300) ${s.rss !== null && s.rss <= 300 ? "ok" : "MISSED"}`);
  }
}
