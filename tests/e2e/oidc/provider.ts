// A real OpenID Connect provider for the single sign-on tests (the `oidc-provider` package, which certified
// providers are built on), run as its own process: `node --import tsx tests/e2e/oidc/provider.ts <port> <redirect>`.
// Its own login and consent pages (devInteractions) take any login and password; the login names the person:
//   "someone@example.org"             an e-mail the provider verified
//   "unverified:someone@example.org"  one it did not (email_verified: false)
// Prints "ready" once it listens.
import Provider from "oidc-provider";
import { OIDC_TEST_CLIENT } from "./client";

const [port, redirectUri] = [Number(process.argv[2]), process.argv[3]];
if (!port || !redirectUri) throw new Error("usage: provider.ts <port> <redirect uri>");

function claimsFor(login: string) {
  const unverified = login.startsWith("unverified:");
  const email = unverified ? login.slice("unverified:".length) : login;
  return { sub: login, email, email_verified: !unverified, name: email.split("@")[0] };
}

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: OIDC_TEST_CLIENT.id,
      client_secret: OIDC_TEST_CLIENT.secret,
      redirect_uris: [redirectUri],
      response_types: ["code"],
      grant_types: ["authorization_code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // The claims go in the ID token too, as Authelia, Authentik and Keycloak put them by default.
  conformIdTokenClaims: false,
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => claimsFor(id) }),
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["e2e-only-cookie-key-0123456789"] },
});

// Why the provider refused a request (the app only sees "invalid_grant"), in the test's output.
const report = (event: string) => (_ctx: unknown, error: Error & { error_detail?: string }) =>
  console.error(`oidc-provider ${event}: ${error.message} ${error.error_detail ?? ""}`);
provider.on("grant.error", report("grant.error"));
provider.on("authorization.error", report("authorization.error"));
provider.on("server_error", report("server_error"));

provider.listen(port, () => console.log("ready"));
