/**
 * The dictionaries' contract as zod schemas, one per file of `_data/`: `companies.yaml`,
 * `people.yaml`, `tags.yaml`, `outlets.yaml` (lists of entries), `entities.yaml` (entity
 * settings); the lexicon's are in lexicon.ts, beside its keys. The loader (dictionaries.ts) reads
 * through them and `sillok check` reports what they refuse,
 * so the two never disagree. Messages say what is wrong and how to fix it (problems.ts).
 * Consistency across entries (an id or alias used twice, a parent no company has) is
 * `sillok check`'s own (src/cli/check.ts).
 */
import { z } from "zod";
import { shownTopic } from "./problems.ts";

/** A word YAML may read as a number (`3M` stays text, `2024` does not): the user meant the word. */
export const word = z.preprocess(
  (v) => (typeof v === "number" ? String(v) : v),
  z
    .string({
      error: (i) =>
        // An empty list item (`- ` or `~`) is read as null: empty, not a value in need of quotes.
        i.input == null
          ? "빈 항목입니다. 낱말을 쓰거나 지우세요"
          : `${shownTopic(i.input)} 낱말이 아닙니다. 따옴표로 감싸세요`,
    })
    .refine((s) => s.trim() !== "", { message: "빈 낱말입니다. 지우세요" }),
);

/**
 * The `kind` values of each entry file, as the site labels them (the field notes at the top of
 * companies.yaml, people.yaml and outlets.yaml; site/archive.ts `KIND_LABELS` gives each its
 * Korean label). Another kind is read (the site shows the type's label) and `sillok check`
 * reports it: a typo would file the entry under no kind.
 */
export const ENTRY_KINDS = {
  company: ["group", "company", "bank", "securities", "insurance", "public", "global", "law"],
  person: ["business", "politician", "official", "global", "other"],
  outlet: [
    "wire",
    "daily",
    "local",
    "economic",
    "broadcast",
    "online",
    "it",
    "sports",
    "government",
    "specialty",
    "portal",
  ],
} as const;

/** A list of words. */
export const words = z.array(word);

/** Fields every entry has (dictionaries.ts `Entry`). */
const entryFields = {
  id: word,
  name: word,
  kind: z.string().optional(),
  aliases: words.default([]),
  not: words.optional(),
};

/**
 * An entry read as the loader used to: a key left empty (`aliases:` with nothing after it, which
 * YAML reads as null) is a key left out.
 */
const entry = <T extends z.ZodRawShape>(shape: T) =>
  z.preprocess(
    (v) =>
      v && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).filter(([, x]) => x != null))
        : v,
    z.strictObject(shape, {
      error: (i) =>
        i.code === "invalid_type"
          ? `${shownTopic(i.input)} 항목이 아닙니다. '- {id: ..., name: ...}' 형식으로 쓰세요`
          : undefined,
    }),
  );

export const companyEntrySchema = entry({
  ...entryFields,
  parent: z.string().optional(),
  ambiguous: words.optional(),
});

export const personEntrySchema = entry({
  ...entryFields,
  org: z.string().optional(),
  role: z.string().optional(),
  orgs: words.optional(),
});

export const tagEntrySchema = entry({
  ...entryFields,
  keywords: words.default([]),
  weak: words.optional(),
});

export const outletEntrySchema = entry({
  ...entryFields,
  domains: words.optional(),
  emailDomains: words.optional(),
});

/** The entry schema of each list file. */
export const ENTRY_SCHEMAS = {
  "companies.yaml": companyEntrySchema,
  "people.yaml": personEntrySchema,
  "tags.yaml": tagEntrySchema,
  "outlets.yaml": outletEntrySchema,
} as const;

/** `entities.yaml`: `discover: {people: true|false}`; an empty file is the defaults. */
export const entitySettingsSchema = z
  .strictObject({
    discover: z.strictObject({ people: z.boolean().optional() }).nullish(),
  })
  .nullable();
