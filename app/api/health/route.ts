// For monitoring and the start script: answers 200 once the server can read its database.
import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { publicRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = publicRoute({}, async () => {
  try {
    await db.$queryRaw`SELECT 1`;
    return NextResponse.json({ ok: true });
  } catch {
    return NextResponse.json({ ok: false, error: "database unavailable" }, { status: 503 });
  }
});
