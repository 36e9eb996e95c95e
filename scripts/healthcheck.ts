// The container's HEALTHCHECK (and anyone's): exits 0 when /api/health on this machine answers 200 (the database
// answers and every migration is applied), 1 otherwise. Node's own fetch: the image has no curl.
const port = process.env.PORT || "3000";

fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(4_000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
