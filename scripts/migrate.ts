// `npm run db:migrate`: applies pending migrations to the configured database (`npm start` does this itself).
import { prepareProject } from "./lib/project";

const { applied, databaseUrl } = prepareProject();
console.log(applied.length > 0 ? `Applied ${applied.join(", ")} to ${databaseUrl}.` : `${databaseUrl} is up to date.`);
