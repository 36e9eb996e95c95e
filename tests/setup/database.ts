// Integration files: the data folder's database (data-dir.ts, which runs first), migrated the way `npm start`
// migrates.
import { migrateDatabase } from "../../scripts/lib/migrate";

migrateDatabase(process.cwd(), process.env.DATABASE_URL!);
