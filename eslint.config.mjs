// ESLint 9, not 10: plugins that eslint-config-next 16.4 brings in (react, import, jsx-a11y) accept ESLint only up to 9.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  // Next's rules (React, hooks with the compiler's checks, jsx-a11y, @next/next) and typescript-eslint's recommended.
  ...nextVitals,
  ...nextTypescript,
  // What .gitignore lists as written by tools or runs (ESLint does not read .gitignore).
  globalIgnores(["generated/**", "data/**", "test-results/**", "playwright-report/**", "bench/tmp/**"]),
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  {
    files: ["**/*.{ts,tsx,mts}"],
    languageOptions: {
      parserOptions: {
        // The config files ending in .mts are outside tsconfig.json's include; they get a default program.
        projectService: { allowDefaultProject: ["*.mts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A promise nobody awaits loses its rejection (an unhandled rejection ends the worker) and its ordering.
      "@typescript-eslint/no-floating-promises": "error",
      // An async function where a void callback is expected (an event handler, forEach) drops its rejection.
      "@typescript-eslint/no-misused-promises": "error",
      // Next's preset only warns on these; a warning nobody reads is no check.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-unused-expressions": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // React runs only in app/ and components/. Elsewhere a name starting with "use" is no hook (useCipher turns on
    // SQLite's cipher), and the hook rules would only misread it.
    files: ["lib/**", "scripts/**", "tests/**", "prisma/**", "*.{ts,mts,mjs}"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
]);
