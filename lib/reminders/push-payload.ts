// What a reminder push carries, read by the service worker (app/sw.ts) and written by lib/reminders/push.ts: the
// notification's words in the reader's language, and nothing from the journal. zod/mini, because the worker is
// downloaded by every browser that installs the app: full zod would be four fifths of it.
import * as z from "zod/mini";

export const reminderPushSchema = z.object({
  title: z.string().check(z.maxLength(200)),
  body: z.string().check(z.maxLength(500)),
});

export type ReminderPush = z.infer<typeof reminderPushSchema>;
