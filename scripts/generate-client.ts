// `npm run db:generate` (and npm install's postinstall): generates the Prisma client for the database DATABASE_URL
// names (SQLite unless it is a postgres:// URL), from the environment or .env, as `npm start` would.
import fs from "node:fs";
import { databaseUrl } from "../lib/config/paths";
import { ensurePrismaClient } from "./lib/prisma-client";
import { root } from "./lib/project";

process.chdir(root);
if (fs.existsSync(".env")) process.loadEnvFile(".env");
ensurePrismaClient(root, databaseUrl());
