// Retention over time of one of the user's themes, for the panel's chart: ?until=YYYY-MM-DD (the day viewed).
import { NextResponse } from "next/server";
import { z } from "zod";
import { todayIn } from "@/lib/dates";
import { readThemeRetention } from "@/lib/journal/memory-retention";
import { validationError } from "@/lib/server/entry-point";
import { jsonError, route } from "@/lib/server/route";
import { isoDaySchema } from "@/lib/validations/entry";

const params = z.object({ themeId: z.string().min(1).max(64) });

export const GET = route({ params }, async ({ request, user, params }) => {
  const until = new URL(request.url).searchParams.get("until") ?? todayIn(user.timeZone);
  const day = isoDaySchema.safeParse(until);
  if (!day.success) throw validationError(day.error);
  const points = await readThemeRetention(user.id, params.themeId, day.data);
  return points ? NextResponse.json({ points }) : jsonError(404, "No such theme in your memory");
});
