// The reminder's words, for the worker: in the language it was set in, English for one it does not know, never
// anything but "time to write", and an e-mail whose HTML cannot be broken by the link.
import { describe, expect, it } from "vitest";
import { vapidSubject } from "@/lib/reminders/vapid";
import { reminderMail, reminderPush } from "@/lib/reminders/words";

describe("reminder words", () => {
  it("speak the reminder's language, English when it is unknown", () => {
    expect(reminderPush("zh")).toEqual({ title: "该写日记了", body: "写几句今天的事吧？" });
    expect(reminderPush("klingon")).toEqual({ title: "Time to write", body: "A few lines about today?" });
  });

  it("link today's page when the server knows its address, escaped in the HTML", () => {
    const mail = reminderMail("en", 'https://journal.example.org/journal?"><script>');
    expect(mail.subject).toBe("Time to write");
    expect(mail.text).toContain("Write today's entry: https://journal.example.org/journal");
    expect(mail.html).not.toContain("<script>");
    expect(reminderMail("en", null).text).not.toContain("http");
  });

  it("name a contact for the push services: the https address, else the mail sender, else a placeholder", () => {
    expect(vapidSubject("https://journal.example.org/x", undefined)).toBe("https://journal.example.org");
    expect(vapidSubject("http://192.168.1.5:3000", "Cellstate <journal@example.org>")).toBe(
      "mailto:journal@example.org",
    );
    expect(vapidSubject(null, "not an address")).toBe("mailto:cellstate@localhost");
  });
});
