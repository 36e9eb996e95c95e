// Auth.js's own endpoints (session, CSRF token, and the sign-in and sign-out forms it posts). The app itself signs
// in and out through server actions; these stay for Auth.js's pages and for scripts that sign in over HTTP (the
// benchmark). Its forms post urlencoded, guarded by its CSRF token as well as the origin check.
import { handlers } from "@/lib/auth";
import { publicRoute } from "@/lib/server/route";

export const GET = publicRoute({}, ({ request }) => handlers.GET(request as Parameters<typeof handlers.GET>[0]));

export const POST = publicRoute(
  { contentTypes: ["application/x-www-form-urlencoded", "application/json"] },
  ({ request }) => handlers.POST(request as Parameters<typeof handlers.POST>[0]),
);
