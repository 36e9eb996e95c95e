// The web server's JavaScript heap limits. Without them, V8 on a machine with gigabytes free lets the heap grow
// far past what the server uses (1.2 GB under 20 busy clients in `npm run bench`) before collecting. With an old
// space of 256 MB and semi-spaces of 8 MB it stays under 400 MB there and serves more pages a second, and the
// largest import accepted (16 MB, read one record at a time) fits. SERVER_HEAP_MB sets the old space (0: V8's default);
// a --max-old-space-size already in NODE_OPTIONS wins. `npm start` and the benchmark start the server with it.
const DEFAULT_SERVER_HEAP_MB = 256;
const SEMI_SPACE_MB = 8;

export function withServerHeap<E extends Record<string, string | undefined>>(env: E): E {
  const options = env.NODE_OPTIONS ?? "";
  if (options.includes("--max-old-space-size")) return env;
  const setting = env.SERVER_HEAP_MB ?? "";
  const mb = setting === "" ? DEFAULT_SERVER_HEAP_MB : Number(setting);
  if (!Number.isInteger(mb) || mb < 0)
    throw new Error("SERVER_HEAP_MB must be a whole number of megabytes (0: no limit)");
  if (mb === 0) return env;
  return {
    ...env,
    NODE_OPTIONS: `${options} --max-old-space-size=${mb} --max-semi-space-size=${SEMI_SPACE_MB}`.trim(),
  };
}
