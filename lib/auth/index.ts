// Auth.js: email + password (Credentials) with JWT sessions. The token carries the user id and a fingerprint
// of the password hash (password-key.ts); every request re-reads the user through `currentUser()`, so a deleted
// account, or a session from before a password change, is signed out at once.
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { signInSchema } from "@/lib/validations/auth";
import { checkCredentials } from "./accounts";

export const {
  handlers,
  auth,
  signIn,
  signOut,
  unstable_update: updateSession,
} = NextAuth({
  secret: env.authSecret,
  // Self-hosted: the server is reached by whatever host name the owner gave it. AUTH_URL, when set,
  // still fixes the public address (behind a reverse proxy).
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        return checkCredentials(parsed.data.email, parsed.data.password);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user, trigger, session }) {
      if (user?.id) {
        token.uid = user.id;
        token.pwk = (user as { passwordKey?: string }).passwordKey;
      }
      // After a password change the session that made it carries the new fingerprint (see changePasswordAction).
      const update = session as { passwordKey?: unknown } | undefined;
      if (trigger === "update" && typeof update?.passwordKey === "string") token.pwk = update.passwordKey;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return { ...session, passwordKey: typeof token.pwk === "string" ? token.pwk : null };
    },
  },
});
