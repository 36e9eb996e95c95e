// One week's summary as a Markdown file. Another user's week answers like a missing one: 404.
import { jsonError, withUser } from "@/lib/http";
import { readSummary } from "@/lib/journal/weekly-summaries";
import { summaryMarkdown } from "@/lib/summaries/document";
import { isIsoWeek } from "@/lib/summaries/iso-week";

type Context = { params: Promise<{ week: string }> };

export function GET(_request: Request, context: Context) {
  return withUser(async (user) => {
    const { week } = await context.params;
    if (!isIsoWeek(week)) return jsonError(400, "Weeks are written like 2026-W48");
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
}
