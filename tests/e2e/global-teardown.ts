// Removes the run's temporary data folder (database, auth secret, saved sign-in) once the run is over.
// KEEP_E2E_DATA=1 keeps it, to look into a failure with the database as the tests left it.
import fs from "node:fs";

export default function globalTeardown(): void {
  const dir = process.env.CELLSTATE_E2E_DATA_DIR;
  if (!dir) return;
  if (process.env.KEEP_E2E_DATA === "1") {
    console.log(`E2E data kept in ${dir}`);
    return;
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
