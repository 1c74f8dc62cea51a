const { jestConfig } = require("@salesforce/sfdx-lwc-jest/config");

module.exports = {
  ...jestConfig,
  moduleNameMapper: {
    "^lightning/empApi$":
      "<rootDir>/force-app/test/jest-mocks/lightning/empApi",
    "^lightning/platformShowToastEvent$":
      "<rootDir>/force-app/test/jest-mocks/lightning/platformShowToastEvent",
    "^lightning/platformUtilityBarApi$":
      "<rootDir>/force-app/test/jest-mocks/lightning/platformUtilityBarApi",
    "^jest-mocks/(.*)$": "<rootDir>/force-app/test/jest-mocks/$1"
  },
  setupFilesAfterEnv: [
    ...(jestConfig.setupFilesAfterEnv || []),
    "<rootDir>/jest.setup.js"
  ],
  testMatch: ["<rootDir>/force-app/**/__tests__/**/*.test.ts"],
  testPathIgnorePatterns: ["<rootDir>/node_modules/", "<rootDir>/scripts/"],
  // The preset's default globs produced an empty table for TypeScript sources (TOOLCHAIN.md).
  collectCoverageFrom: [
    "force-app/main/**/*.ts",
    "!**/__tests__/**",
    "!**/*.d.ts"
  ],
  coverageReporters: ["text-summary", "lcov"],
  coverageThreshold: {
    global: { statements: 90, branches: 85, functions: 90, lines: 90 }
  },
  restoreMocks: false,
  clearMocks: true
};
