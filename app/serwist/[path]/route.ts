// The service worker (app/sw.ts), bundled at build by Serwist's Turbopack integration: Next 16
// builds with Turbopack, which takes no webpack plugin (@serwist/next's classic mode would need `next build
// --webpack`), so Serwist bundles the worker with esbuild inside this prerendered route and injects the list of
// the build's static files. Service-Worker-Allowed lets it control the whole site from this address. It runs only
// while Next builds (force-static, no other paths), so it takes the wrapper without the session, which would read
// the settings and make the data folder at build time.
import { createSerwistRoute } from "@serwist/turbopack";
import { z } from "zod";
import { staticRoute } from "@/lib/server/route-wrapper";

// No source map: the worker is small, and a map would publish the bundled sources for nobody's use.
const serwist = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  esbuildOptions: { sourcemap: false },
});

export const { dynamic, dynamicParams, revalidate, generateStaticParams } = serwist;

export const GET = staticRoute({ params: z.object({ path: z.string().max(200) }) }, ({ request, params }) =>
  serwist.GET(request, { params: Promise.resolve(params) }),
);
