// What the parts of the benchmark share: where to log progress, the temporary data folder they all use,
// and the large user the import makes (the save benchmarks write into that journal).

export type BenchUser = { id: string; email: string };

export type BenchContext = {
  log: (line: string) => void;
  dataDir: string;
  databaseUrl: string;
  /** A user with the 3,000-entry journal, read and trained; set by the import part (or made by the first that needs it). */
  largeUser?: BenchUser;
};

/** Every benchmark account's password; it signs in over HTTP for the page and save requests. */
export const BENCH_PASSWORD = "bench: a quiet walk by the river";
