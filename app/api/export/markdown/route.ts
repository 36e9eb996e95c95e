// All of the signed-in user's entries as Markdown files (YAML front matter: date, mood, tags) in a zip, streamed.
import { todayIn } from "@/lib/dates";
import { exportEntries } from "@/lib/journal/export";
import { markdownZip } from "@/lib/journal/markdown-export";
import { route } from "@/lib/server/route";

export const GET = route({}, async ({ user }) => {
  const name = `cellstate-${todayIn(user.timeZone)}`;
  return new Response(markdownZip(await exportEntries(user.id), name), {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${name}.zip"`,
      "cache-control": "no-store",
    },
  });
});
