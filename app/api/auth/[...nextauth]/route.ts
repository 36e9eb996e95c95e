// Auth.js's own endpoints (session, CSRF token, and the sign-in and sign-out forms it posts). The app itself signs
// in and out through server actions; these stay for Auth.js's pages and for scripts that sign in over HTTP (the
// benchmark). Its forms post urlencoded, guarded by its CSRF token as well as the origin check.
import { handlers } from "@/lib/auth";
import { jsonError, publicRoute } from "@/lib/server/route";

// Auth.js answers a request it cannot read (an unknown action in the path, a body it cannot parse) with the bare
// JSON string "Bad request." (@auth/core index.js); every other route names the problem in { error }.
async function clearRefusal(response: Response): Promise<Response> {
  if (response.status !== 400 || (await response.clone().text()) !== '"Bad request."') return response;
  return jsonError(400, "Not an Auth.js request this server understands");
}

export const GET = publicRoute({}, async ({ request }) =>
  clearRefusal(await handlers.GET(request as Parameters<typeof handlers.GET>[0])),
);

export const POST = publicRoute(
  { contentTypes: ["application/x-www-form-urlencoded", "application/json"] },
  async ({ request }) => clearRefusal(await handlers.POST(request as Parameters<typeof handlers.POST>[0])),
);
