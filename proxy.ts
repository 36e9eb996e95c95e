// Next 16's proxy (the former middleware, on the Node runtime) runs before every page, API route and server action.
// It refuses the requests Next would otherwise answer with a 500 before our wrapper runs (lib/server/request-guard.ts).
// It never decides who may see what; the data layer does (DEVELOPERS.md).
import { type NextRequest, NextResponse } from "next/server";
import { refuseUnreadable } from "@/lib/server/request-guard";

export async function proxy(request: NextRequest) {
  return (await refuseUnreadable(request)) ?? NextResponse.next();
}

export const config = {
  // Not the build's static files, which hold no user data and are cached for good.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
