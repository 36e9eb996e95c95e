// Outgoing e-mail through the owner's SMTP server (SMTP_URL). Nothing else in Cellstate sends mail, and
// without SMTP_URL nothing is sent at all.
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

type Mail = { to: string; subject: string; text: string; html: string };

let transport: Transporter | null = null;

export function mailConfigured(): boolean {
  return env.smtp !== null;
}

export async function sendMail(mail: Mail): Promise<void> {
  if (!env.smtp) throw new Error("E-mail is not configured (SMTP_URL).");
  transport ??= nodemailer.createTransport(env.smtp.url);
  await transport.sendMail({ from: env.smtp.from, ...mail });
}
