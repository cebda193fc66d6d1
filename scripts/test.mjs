#!/usr/bin/env node
// @ts-check
// `npm test`: every check the CI runs, overlapped where that pays on a 2-core machine, stopping at the
// first failure with that stage's output, then a table of what each stage cost and the one closing
// line of scripts/test-summary.mjs ("tests: N passed, 0 failed, 0 skipped").
//
// usage: node scripts/test.mjs [--plan default|checksAlongside|serial]   (see PLANS below)
//
// Each stage runs in its own process group with its output kept in test-results/stages/<stage>.log, so two
// stages' output never interleave and a failing stage can be stopped with everything it started.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** @type {Record<string, string>} what each stage runs; the npm scripts stay usable one at a time */
const STAGES = {
  lint: "npm run --silent lint",
  typecheck: "npm run --silent typecheck",
  unit: "npm run --silent test:unit",
  build: "npx next build",
  e2e: "npx playwright test",
};

/**
 * A plan is phases run one after another; a phase is lanes run at the same time; a lane's stages run
 * one after another. The browser tests want the whole machine (their timings are a person's), so
 * they run alone, last.
 * @type {Record<string, string[][][]>}
 */
const PLANS = {
  // Vitest's workers spend much of their time waiting on Postgres and on the processes the tests
  // start: lint, the type check and the build fill that time on the other core.
  default: [[["unit"], ["lint", "typecheck", "build"]], [["e2e"]]],
  checksAlongside: [[["unit"], ["lint", "typecheck"]], [["build"]], [["e2e"]]],
  serial: [[["lint", "typecheck", "unit", "build", "e2e"]]],
};

const args = process.argv.slice(2);
const planName = args.includes("--plan") ? args[args.indexOf("--plan") + 1] : "default";
const plan = PLANS[planName];
if (!plan) {
  console.error(`[test] no plan "${planName}"; plans: ${Object.keys(PLANS).join(", ")}`);
  process.exit(2);
}

const logDir = path.join("test-results", "stages");
fs.mkdirSync(logDir, { recursive: true });
const t0 = performance.now();
/** @param {number} ms */
const seconds = (ms) => (ms / 1000).toFixed(1);

// Fail in a second, not after the unit tests, when the browser the end-to-end tests drive is missing.
if (plan.flat(2).includes("e2e")) {
  const chromium = spawnSync(process.execPath, ["scripts/check-chromium.mjs"], {
    stdio: "inherit",
  });
  if (chromium.status !== 0) process.exit(1);
}

/** @typedef {{ stage: string, startedMs: number, tookMs?: number, status: "ran" | "passed" | "failed" | "stopped" }} Row */
/** @type {Row[]} */
const rows = [];
/** @type {Map<string, import("node:child_process").ChildProcess>} */
const running = new Map();
let failed = /** @type {string | null} */ (null);

/**
 * Runs one stage; resolves true when it passed.
 * @param {string} stage
 * @returns {Promise<boolean>}
 */
function runStage(stage) {
  const row = /** @type {Row} */ ({ stage, startedMs: performance.now() - t0, status: "ran" });
  rows.push(row);
  const logFile = path.join(logDir, `${stage}.log`);
  const out = fs.openSync(logFile, "w");
  console.log(`[test] ${stage} started at ${seconds(row.startedMs)} s (${STAGES[stage]})`);
  // detached: its own process group, so stopping it stops what it started (with-db, Postgres, the server).
  const child = spawn(STAGES[stage], { shell: true, detached: true, stdio: ["ignore", out, out] });
  running.set(stage, child);
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      running.delete(stage);
      fs.closeSync(out);
      row.tookMs = performance.now() - t0 - row.startedMs;
      if (failed && failed !== stage) row.status = "stopped";
      else row.status = code === 0 ? "passed" : "failed";
      console.log(
        `[test] ${stage} ${row.status} in ${seconds(row.tookMs)} s${signal ? ` (${signal})` : ""}`,
      );
      resolve(row.status === "passed");
    });
  });
}

/** Stops every running stage's process group: SIGTERM (with-db stops Postgres cleanly), then SIGKILL. */
async function stopAll(signal = /** @type {NodeJS.Signals} */ ("SIGTERM")) {
  const children = [...running.values()];
  /** @param {import("node:child_process").ChildProcess} child @param {NodeJS.Signals} sig */
  const signalGroup = (child, sig) => {
    try {
      if (child.pid) process.kill(-child.pid, sig);
    } catch {} // already gone
  };
  for (const child of children) signalGroup(child, signal);
  await Promise.race([
    Promise.all(
      children.map(
        (c) =>
          new Promise((r) =>
            c.exitCode !== null || c.signalCode !== null ? r(null) : c.on("exit", r),
          ),
      ),
    ),
    new Promise((r) => setTimeout(r, 15_000).unref()),
  ]);
  for (const child of children) signalGroup(child, "SIGKILL");
}

for (const sig of /** @type {NodeJS.Signals[]} */ (["SIGINT", "SIGTERM", "SIGHUP"]))
  process.on(sig, async () => {
    failed ??= "interrupted";
    await stopAll(sig);
    process.exit(130);
  });

/** @param {string[]} stages */
async function runLane(stages) {
  for (const stage of stages) {
    if (failed) return;
    if (!(await runStage(stage))) {
      if (!failed) {
        failed = stage;
        await stopAll();
      }
      return;
    }
  }
}

for (const phase of plan) if (!failed) await Promise.all(phase.map(runLane));
const wallMs = performance.now() - t0;

// What each stage cost: its own wall time, and when it started, so overlaps show.
const width = Math.max(...rows.map((r) => r.stage.length), 5);
/** @param {string[][]} phase */
const describePhase = (phase) => phase.map((lane) => lane.join(" → ")).join(" ‖ ");
console.log(`\n[test] plan "${planName}": ${plan.map(describePhase).join(", then ")}`);
console.log(`${"stage".padEnd(width)}  started   took      result`);
for (const r of rows)
  console.log(
    `${r.stage.padEnd(width)}  ${`${seconds(r.startedMs)} s`.padEnd(8)}  ${`${seconds(r.tookMs ?? 0)} s`.padEnd(8)}  ${r.status}`,
  );
const stageSum = rows.reduce((s, r) => s + (r.tookMs ?? 0), 0);
console.log(
  `${"total".padEnd(width)}  wall ${seconds(wallMs)} s (the stages one after another: ${seconds(stageSum)} s)`,
);

if (failed) {
  const log = path.join(logDir, `${failed}.log`);
  if (fs.existsSync(log)) {
    console.log(`\n[test] ${failed} failed; its output (${log}):\n`);
    process.stdout.write(fs.readFileSync(log));
  }
  process.exit(1);
}

// The one closing line the CI and the lead read.
const summary = spawnSync(process.execPath, ["scripts/test-summary.mjs"], { stdio: "inherit" });
process.exit(summary.status ?? 1);
