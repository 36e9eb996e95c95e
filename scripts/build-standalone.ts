// `npm run build:standalone -- <folder> [--database sqlite|postgresql]`: a copy of Cellstate that runs with Node
// alone, outside the source tree: what the Dockerfile puts in the image, and what tests/standalone runs. It holds
// - Next's standalone output (server.js and the files its trace found, with .next/static beside it);
// - the entry points the image runs, compiled by esbuild into scripts/*.js (serve: migrations, then the web server
//   and the memory worker, supervised; memory-worker; backup; restore; migrate; healthcheck), our own code bundled
//   and the npm packages left to node_modules;
// - the files of those packages that the compiled scripts load, found by @vercel/nft (the tracer Next itself uses):
//   the worker's tfjs and its .wasm, wink's model, the database drivers;
// - what they read at run time: the migrations (prisma/), the word vectors and the generated client's stamp.
// So the image needs no tsx, no TypeScript and no devDependencies at run time. The Prisma client is compiled in for
// one database (--database, default sqlite): a copy built for SQLite refuses a PostgreSQL DATABASE_URL, saying so.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { nodeFileTrace } from "@vercel/nft";
import { build } from "esbuild";
import { z } from "zod";
import { type DatabaseProvider, PROVIDER_NAMES } from "../lib/config/database";
import { CLIENT_STAMP, ensurePrismaClient } from "./lib/prisma-client";
import { root } from "./lib/project";

const ENTRY_POINTS = ["serve", "memory-worker", "backup", "restore", "migrate", "healthcheck"];
// What the tracer cannot see: tfjs-backend-wasm finds its .wasm files by a path it computes at run time.
const UNTRACED = [path.join("node_modules", "@tensorflow", "tfjs-backend-wasm", "dist")];
const COMPILED = path.join(root, ".next", "cellstate-scripts");

const args = z
  .tuple([z.string().min(1, "name the folder to write, e.g. npm run build:standalone -- /tmp/cellstate")])
  .rest(z.string())
  .parse(process.argv.slice(2).filter((arg, i, all) => arg !== "--database" && all[i - 1] !== "--database"));
const out = path.resolve(args[0]);
const databaseArg = process.argv[process.argv.indexOf("--database") + 1];
const database: DatabaseProvider = z
  .enum(["sqlite", "postgresql"], "--database must be sqlite or postgresql")
  .parse(process.argv.includes("--database") ? databaseArg : "sqlite");

function step(what: string) {
  console.log(`build:standalone: ${what}`);
}

function copy(from: string, to: string) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.cpSync(from, to, { recursive: true, dereference: true });
}

async function main() {
  if (out === root || out.startsWith(root + path.sep)) throw new Error(`${out} must be outside ${root}`);
  process.chdir(root);
  // The client the build compiles in, for the database the copy is for.
  ensurePrismaClient(root, database === "sqlite" ? "file:build.db" : "postgres://build@localhost/build");

  step(`next build for ${PROVIDER_NAMES[database]}, standalone output`);
  // The build loads the app's modules, which make a data folder and a session secret: a throwaway one, so none is
  // made in the project folder for the tracer to find (next.config.ts also excludes data/).
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-build-data-"));
  const next = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      CELLSTATE_OUTPUT: "standalone",
      DATA_DIR: scratch,
      DATABASE_URL: undefined,
    },
  });
  fs.rmSync(scratch, { recursive: true, force: true });
  if (next.status !== 0) throw new Error("next build failed; see the messages above");

  step("compiling the entry points");
  await build({
    entryPoints: Object.fromEntries(ENTRY_POINTS.map((name) => [name, path.join("scripts", `${name}.ts`)])),
    outdir: COMPILED,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // npm packages stay packages (traced below); lib/, scripts/ and the generated client are bundled.
    packages: "external",
    // The generated client (an ES module) reads import.meta.url, which a CommonJS bundle does not have.
    define: { "import.meta.url": "__cellstate_module_url" },
    banner: { js: 'const __cellstate_module_url = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: "warning",
  });

  step("tracing the files they load");
  const compiled = ENTRY_POINTS.map((name) => path.join(COMPILED, `${name}.js`));
  const { fileList } = await nodeFileTrace(compiled, { base: root });
  const untraced = UNTRACED.flatMap((folder) =>
    fs
      .readdirSync(path.join(root, folder))
      .filter((name) => name.endsWith(".wasm"))
      .map((name) => path.join(folder, name)),
  );
  const packageFiles = [...fileList, ...untraced].filter((file) => file.startsWith(`node_modules${path.sep}`));

  step(`writing ${out}`);
  fs.rmSync(out, { recursive: true, force: true });
  copy(path.join(root, ".next", "standalone"), out);
  copy(path.join(root, ".next", "static"), path.join(out, ".next", "static"));
  for (const file of packageFiles) copy(path.join(root, file), path.join(out, file));
  for (const name of ENTRY_POINTS) copy(path.join(COMPILED, `${name}.js`), path.join(out, "scripts", `${name}.js`));
  copy(path.join(root, "prisma"), path.join(out, "prisma"));
  copy(path.join(root, "generated", "word-vectors"), path.join(out, "generated", "word-vectors"));
  copy(path.join(root, CLIENT_STAMP), path.join(out, CLIENT_STAMP));
  copy(path.join(root, ".env.example"), path.join(out, ".env.example"));
  // Settings come from the environment the copy runs in, and its data from DATA_DIR: never the build machine's.
  for (const stray of [".env", "data"]) {
    if (fs.existsSync(path.join(out, stray))) throw new Error(`the standalone output holds ${stray}: not copying it`);
  }
  step(`done: run it with  cd ${out} && node scripts/serve.js`);
}

main().catch((error: Error) => {
  console.error(`build:standalone: ${error.message}`);
  process.exit(1);
});
