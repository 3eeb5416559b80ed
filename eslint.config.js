// ESLint flat config: typescript-eslint's recommended rules, and the house rules the whole tree can
// keep (docs/GUIDE: short functions, shallow nesting, no unused code, strict equality).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "_site/",
      "articles/",
      ".bench/",
      "src/site/assets/search.js",
      "screenshots/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.js"],
    languageOptions: { ecmaVersion: 2023, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      eqeqeq: ["error", "smart"],
      "prefer-const": "error",
      "max-depth": ["warn", 3],
      complexity: "off",
      // Regular expressions over Korean text escape brackets and quotes inside classes for the
      // reader's sake, and the decoder matches control characters on purpose.
      "no-useless-escape": "off",
      "no-control-regex": "off",
      // Eleventy's and Playwright's loosely typed APIs: visible, not blocking.
      "@typescript-eslint/no-explicit-any": "warn",
    },
  },
);
