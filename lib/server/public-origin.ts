// The address a link made on the server should start with (a password reset link shown to the admin): AUTH_URL
// when the owner set the public address, else the host the admin's browser used, with the scheme a trusted reverse
// proxy reports.
import "server-only";
import { env } from "@/lib/env";

export function publicOrigin(headers: Headers): string {
  if (env.publicUrl) return new URL(env.publicUrl).origin;
  const proto = env.trustProxy && headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${headers.get("host") ?? "localhost"}`;
}
