// `npm run db:migrate`: applies pending migrations to the configured database (`npm start` does this itself).
import { describeDatabase } from "../lib/config/database";
import { prepareProject } from "./lib/project";

prepareProject().then(
  ({ applied, databaseUrl }) => {
    const name = describeDatabase(databaseUrl);
    console.log(applied.length > 0 ? `Applied ${applied.join(", ")} to ${name}.` : `${name} is up to date.`);
  },
  (error: Error) => {
    console.error(`Cellstate: ${error.message}`);
    process.exit(1);
  },
);
