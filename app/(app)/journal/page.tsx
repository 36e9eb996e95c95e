import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/dates";

export default async function JournalToday() {
  const user = await requireUser();
  redirect(`/journal/${todayIn(user.timeZone)}`);
}
