import js from "@eslint/js";
import lwcConfig from "@salesforce/eslint-config-lwc";
import globals from "globals";
import tseslint from "typescript-eslint";

const TS_SOURCES = ["force-app/**/*.ts"];

/**
 * The LWC configs carry no `files` key, so on their own they would never reach a `.ts` file:
 * scope each of them to the TypeScript sources and parse those with typescript-eslint.
 */
const lwcRecommendedForTs = lwcConfig.configs.recommended.map((config) => ({
  ...config,
  files: TS_SOURCES
}));

export default [
  {
    ignores: [
      "node_modules/**",
      "coverage/**",
      ".sf/**",
      ".sfdx/**",
      ".tmp/**",
      "force-app/**/lwc/**/*.js",
      "**/*.d.ts",
      "scripts/**/fixtures/**"
    ]
  },
  ...lwcRecommendedForTs,
  ...tseslint.configs.strict.map((config) => ({
    ...config,
    files: TS_SOURCES
  })),
  {
    files: TS_SOURCES,
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { sourceType: "module" }
    },
    settings: {
      // Platform modules (lightning/*, @salesforce/*, c/*) resolve only on the platform and
      // in Jest's resolver; tsc checks every import against the ambient declarations instead.
      "import/core-modules": [],
      "import/ignore": ["^lightning/", "^@salesforce/", "^c/", "^jest-mocks/"]
    },
    rules: {
      "import/no-unresolved": "off",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error"
    }
  },
  {
    files: ["scripts/**/*.mjs", "eslint.config.mjs"],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.node }
    }
  },
  {
    files: ["preview/**/*.mjs"],
    ...js.configs.recommended,
    languageOptions: {
      sourceType: "module",
      globals: { ...globals.node }
    }
  },
  {
    // Bundled into the preview page: browser modules.
    files: ["preview/**/*.js"],
    ...js.configs.recommended,
    languageOptions: {
      sourceType: "module",
      globals: { ...globals.browser }
    }
  },
  {
    files: ["jest.config.js", "jest.setup.js"],
    ...js.configs.recommended,
    languageOptions: {
      sourceType: "commonjs",
      globals: { ...globals.node }
    }
  }
];
