// All of the signed-in user's entries as one JSON file, in the format the import reads.
import { todayIn } from "@/lib/dates";
import { exportEntries } from "@/lib/journal/export";
import { route } from "@/lib/server/route";

export const GET = route({}, async ({ user }) => {
  const records = await exportEntries(user.id);
  return new Response(JSON.stringify(records, null, 2) + "\n", {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="cellstate-${todayIn(user.timeZone)}.json"`,
      "cache-control": "no-store",
    },
  });
});
