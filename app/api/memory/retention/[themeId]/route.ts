// Retention over time of one of the user's themes, for the panel's chart: ?until=YYYY-MM-DD (the day viewed).
import { NextResponse } from "next/server";
import { todayIn } from "@/lib/dates";
import { jsonError, withUser } from "@/lib/http";
import { readThemeRetention } from "@/lib/journal/memory-retention";
import { isoDaySchema } from "@/lib/validations/entry";

type Context = { params: Promise<{ themeId: string }> };

export function GET(request: Request, context: Context) {
  return withUser(async (user) => {
    const { themeId } = await context.params;
    const until = new URL(request.url).searchParams.get("until") ?? todayIn(user.timeZone);
    const day = isoDaySchema.safeParse(until);
    if (!day.success) return jsonError(400, day.error.issues[0]!.message);
    const points = await readThemeRetention(user.id, themeId, day.data);
    return points ? NextResponse.json({ points }) : jsonError(404, "No such theme in your memory");
  });
}
