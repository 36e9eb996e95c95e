// The test server's single sign-on settings (playwright.config.ts) and the test provider's one client
// (provider.ts): the same values on both sides. Test values only, never a real server's.
export const OIDC_TEST_CLIENT = { id: "cellstate-e2e", secret: "e2e-only-client-secret-0123456789" };
export const OIDC_TEST_NAME = "Test IdP";

// Next to the app's own port (E2E_PORT + 20), so that parallel runs on other ports do not collide.
export const oidcTestPort = (appPort: number) => appPort + 20;
