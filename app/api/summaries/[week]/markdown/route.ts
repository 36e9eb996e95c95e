// One week's summary as a Markdown file. Another user's week answers like a missing one: 404.
import { z } from "zod";
import { requestLocale } from "@/i18n/request";
import { summaryWords } from "@/i18n/summary-words";
import { userMessage } from "@/i18n/user-message";
import { readSummary } from "@/lib/journal/weekly-summaries";
import { summaryMarkdown } from "@/lib/summaries/document";
import { isIsoWeek } from "@/lib/summaries/iso-week";
import { InputError } from "@/lib/server/entry-point";
import { route } from "@/lib/server/route";

const params = z.object({ week: z.string().refine(isIsoWeek, userMessage("weekInvalid")) });

export const GET = route({ params }, async ({ user, params: { week } }) => {
  const summary = await readSummary(user.id, week);
  // Thrown, so the route wrapper says it in the reader's language.
  if (!summary) throw new InputError(404, userMessage("summaryNotFound"));
  // In the reader's language, like the page.
  const words = summaryWords(await requestLocale(), summary.content.end);
  return new Response(summaryMarkdown(summary.content, words), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="cellstate-${week}.md"`,
      "cache-control": "no-store",
    },
  });
});
