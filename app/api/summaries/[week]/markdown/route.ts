// One week's summary as a Markdown file. Another user's week answers like a missing one: 404.
import { z } from "zod";
import { readSummary } from "@/lib/journal/weekly-summaries";
import { summaryMarkdown } from "@/lib/summaries/document";
import { isIsoWeek } from "@/lib/summaries/iso-week";
import { jsonError, route } from "@/lib/server/route";

const params = z.object({ week: z.string().refine(isIsoWeek, "Weeks are written like 2026-W48") });

export const GET = route({ params }, async ({ user, params: { week } }) => {
  const summary = await readSummary(user.id, week);
  if (!summary) return jsonError(404, "No summary for that week");
  return new Response(summaryMarkdown(summary.content), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="cellstate-${week}.md"`,
      "cache-control": "no-store",
    },
  });
});
