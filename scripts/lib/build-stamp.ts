// A fingerprint of everything `next build` reads. `npm start` rebuilds when it differs from the one the
// last successful build left, so a pulled update, an edited file or a switch of database (the generated client's
// stamp names its database and schema) never runs on a stale build.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { CLIENT_STAMP } from "./prisma-client";

const INPUTS = [
  "app",
  "components",
  "lib",
  // The interface's messages and next-intl's configuration are built in too.
  "i18n",
  "messages",
  "types",
  "public",
  "prisma/schema.prisma",
  CLIENT_STAMP,
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "proxy.ts",
  "instrumentation.ts",
];

function* files(entry: string): Generator<string> {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) yield* files(path.join(entry, name));
}

export function buildFingerprint(root: string): string {
  const hash = crypto.createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file));
      hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest("hex");
}

export const STAMP_FILE = path.join(".next", "cellstate-build-stamp");
