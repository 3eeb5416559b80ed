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
 * Korean labels of the dictionaries' `kind` values, by entry type (the field notes at the top of
 * _data/companies.yaml, people.yaml and outlets.yaml): the site's kind labels and filters. An
 * unknown kind shows as the type's label.
 */
export const KIND_LABELS: Record<"company" | "person" | "outlet", Record<string, string>> = {
  company: {
    group: "그룹·지주회사",
    company: "기업",
    bank: "은행",
    securities: "증권·자산운용사",
    insurance: "보험·카드사",
    public: "공기업·공공기관",
    global: "해외 기업",
    law: "법무법인",
  },
  person: {
    business: "기업인",
    politician: "정치인",
    official: "공직자",
    global: "해외 기업인",
    other: "인물",
  },
  outlet: {
    wire: "통신사",
    daily: "종합일간지",
    local: "지역신문",
    economic: "경제지",
    broadcast: "방송",
    online: "인터넷 매체",
    it: "IT 전문지",
    sports: "스포츠지",
    government: "정부 매체",
    specialty: "전문지",
    portal: "포털",
  },
};

/**
 * The `kind` values of each entry file: the ones {@link KIND_LABELS} labels. Another kind is read
 * (the site shows the type's label) and `sillok check` reports it: a typo would file the entry
 * under no kind.
 */
export const ENTRY_KINDS = {
  company: Object.keys(KIND_LABELS.company),
  person: Object.keys(KIND_LABELS.person),
  outlet: Object.keys(KIND_LABELS.outlet),
};

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
