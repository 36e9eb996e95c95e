// The problems found in an import, in file order. At most MAX_IMPORT_PROBLEMS are kept (the rest are only
// counted); a problem that makes the whole file unusable replaces them all and stops the reading.
import type { ImportProblem } from "./types";

export const MAX_IMPORT_PROBLEMS = 50;

/** Stops the reading: the file cannot be imported whatever follows. */
export class Unusable extends Error {}

export class ProblemList {
  readonly problems: ImportProblem[] = [];
  count = 0;

  add(problem: ImportProblem) {
    this.count++;
    if (this.problems.length < MAX_IMPORT_PROBLEMS) {
      this.problems.push(
        problem.file === undefined ? { index: problem.index, field: problem.field, message: problem.message } : problem,
      );
    }
  }

  /** The file's own verdict (not JSON, too big…): it replaces the records' problems, which no longer matter. */
  unusable(message: string, file?: string): Unusable {
    this.problems.length = 0;
    this.count = 0;
    this.add({ index: null, field: null, message, ...(file !== undefined && { file }) });
    return new Unusable(message);
  }
}
