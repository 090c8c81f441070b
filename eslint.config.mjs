import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

// The import direction of the codebase: app → components → lib. Only data and mutation modules
// (and scripts, seeds, tests) may touch the database client.
const DATABASE_MODULES = ["@/lib/db/client", "@/lib/db/create-client", "@/lib/generated/prisma/*"];

const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/ban-ts-comment": "error",
      "no-console": "off",
      // No import cycles among the project's own modules (issue 21): a feature never imports a
      // module that imports it back; shared decisions sit above the features (lib/publishing).
      // Type-only imports do not count (they vanish at build). Costs about 40 s of CPU per lint.
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // Every user-facing word comes from the message catalogues (messages/<locale>.json), so the
    // interface can be read in Kazakh, Russian and English. Punctuation and symbols are allowed.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "react/jsx-no-literals": [
        "error",
        {
          noStrings: false,
          ignoreProps: true,
          allowedStrings: [
            "UTC",
            "·",
            "—",
            "→",
            "←",
            ":",
            ",",
            ", ",
            ";",
            "; ",
            "(",
            ")",
            "*",
            "/",
            "|",
            "–",
            "…",
            "»",
            "«",
          ],
        },
      ],
      // Props are not covered by jsx-no-literals (class names are props too), so the props people
      // read or hear are checked here: they must come from a catalogue, not a string literal.
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label)$/] > Literal[value=/[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/]",
          message: "Text people read or hear comes from the message catalogues (messages/<locale>.json).",
        },
        {
          selector:
            "JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label)$/] > " +
            "JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-zА-Яа-яЁё]{2}/]",
          message: "Text people read or hear comes from the message catalogues (messages/<locale>.json).",
        },
      ],
    },
  },
  {
    // Routes and UI never reach the database directly; they call lib/<feature>/data.ts and actions.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: DATABASE_MODULES,
              message: "Read through lib/<feature>/data.ts; only data and mutation modules use the database client.",
            },
            {
              group: ["@/lib/*/mutations", "@/lib/*/*-mutations"],
              message: "Write through a server action (lib/<feature>/actions.ts), which checks the session and role.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: DATABASE_MODULES, message: "Components hold UI only; pass data in as props." },
            {
              group: ["@/lib/*/data", "@/lib/*/mutations", "@/lib/*/*-mutations", "@/lib/*/import-data"],
              message: "Components hold UI only; pass data in as props.",
            },
            { group: ["@/app/*", "../app/*"], message: "The import direction is app → components → lib." },
          ],
        },
      ],
    },
  },
  {
    // lib/ is the domain layer: it never depends on routes or UI, and only data.ts / mutations.ts
    // (or a feature's second module of writes, <topic>-mutations.ts, or its import's reads,
    // import-data.ts) and the db and dataset modules themselves import the database client.
    files: ["lib/**/*.ts"],
    ignores: [
      "lib/**/data.ts",
      "lib/**/mutations.ts",
      "lib/**/*-mutations.ts",
      "lib/**/import-data.ts",
      "lib/db/**",
      "lib/dataset/seed-dataset.ts",
      "lib/**/*.test.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/client", "@/lib/db/create-client"],
              message: "Only data.ts and mutations.ts use the database client.",
            },
            { group: ["@/app/*", "@/components/*"], message: "The import direction is app → components → lib." },
          ],
        },
      ],
    },
  },
];

export default config;
