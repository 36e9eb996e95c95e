// The fields Cellstate adds to Auth.js's types, declared once: the session shows the browser only the user id, and
// the token carries the id of its server-side session (lib/auth/sessions.ts).
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
