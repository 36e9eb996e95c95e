// The signed-in user's whole journal as one JSON file, in the format the import reads (Cellstate's version 2:
// entries, settings and Keep / Let go marks; lib/journal/export.ts).
import { todayIn } from "@/lib/dates";
import { exportJournal } from "@/lib/journal/export";
import { route } from "@/lib/server/route";

export const GET = route({}, async ({ user }) => {
  const journal = await exportJournal(user.id);
  return new Response(JSON.stringify(journal, null, 2) + "\n", {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="cellstate-${todayIn(user.timeZone)}.json"`,
      "cache-control": "no-store",
    },
  });
});
