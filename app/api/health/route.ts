// For monitoring, the start script, the browser tests and the bench: 200 once the server can read its database and
// every migration is applied, 503 otherwise; the JSON says which migrations, the worker's heartbeat and the last
// backup (lib/health.ts).
import { NextResponse } from "next/server";
import { healthStatus } from "@/lib/health";
import { publicRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = publicRoute({}, async () => {
  const status = await healthStatus();
  return NextResponse.json(status, { status: status.ok ? 200 : 503 });
});
