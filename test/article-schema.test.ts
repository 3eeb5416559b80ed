/**
 * The front matter contract (core/article-schema.ts): one schema for the writer and the reader.
 * Bad values are refused with the field and the fix; what the writer writes reads back the same
 * through both readers (the fast one and the YAML parser); the input is never changed.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import YAML from "yaml";
import {
  ArticleFormatError,
  parseArticleFile,
  readMeta,
  serializeArticle,
  splitFrontMatter,
  type ArticleMeta,
} from "../src/core/article.ts";
import { articleMetaSchema, writtenMeta } from "../src/core/article-schema.ts";
import { readFrontMatterFast } from "../src/core/frontmatter-fast.ts";
import { formatProblem, topicParticle } from "../src/core/problems.ts";

const good: ArticleMeta = {
  title: "삼성전자, 새 반도체 공장",
  outlet: "연합뉴스",
  date: "2024-05-02T08:30:00+09:00",
  dateSource: "text",
  reporters: [{ name: "홍길동", email: "hong@example.com" }],
  tags: ["반도체"],
  companies: ["삼성전자"],
  people: [],
  captions: [{ text: "공장 전경", credit: "연합뉴스" }],
  copyright: null,
  source: { file: "a.txt", sha256: "00ff", encoding: "utf-8" },
};

/** The file of `good` with one front matter line replaced. */
const withLine = (from: RegExp, to: string) =>
  serializeArticle({ meta: good, paragraphs: ["본문."] }).replace(from, to);

/** The one problem a file has, as `sillok check` prints it for `x.md`. */
function problemOf(file: string): string {
  try {
    parseArticleFile(file);
  } catch (e) {
    assert.ok(e instanceof ArticleFormatError, String(e));
    return e.problems.map((p) => formatProblem({ ...p, file: "x.md" })).join("\n");
  }
  assert.fail("the file was read without a problem");
}

test("a bad date names the field, the value and the fix", () => {
  assert.equal(
    problemOf(withLine(/^date: .*$/m, "date: 2024년 5월")),
    'x.md: date — "2024년 5월"은 날짜가 아닙니다. YYYY-MM-DD 또는 ISO 8601로 고치세요 (시차가 없으면 한국 시간)',
  );
  assert.match(
    problemOf(withLine(/^date: .*$/m, "")),
    /^x\.md: date — 없습니다\. 날짜\(YYYY-MM-DD 또는 ISO 8601\) 또는 모르면 null을 쓰세요$/,
  );
});

test("each field's problem names the field and its fix", () => {
  const cases: [RegExp, string, string][] = [
    [/^title: .*$/m, 'title: ""', "x.md: title — 비어 있습니다. 내용을 쓰세요"],
    [
      /^dateSource: .*$/m,
      "dateSource: guess",
      'x.md: dateSource — "guess"은(는) 쓸 수 없는 값입니다. text, filename, sidecar, manual, none 중 하나로 고치세요',
    ],
    [
      /^tags:\n {2}- 반도체$/m,
      "tags: 반도체",
      "x.md: tags — \"반도체\"는 목록이 아닙니다. [가, 나] 또는 줄마다 '- 가' 형식의 목록으로 고치세요",
    ],
    [
      /^ {4}email: .*$/m,
      "    role: 3",
      'x.md: reporters 1번째 role — 3은 글이 아닙니다. 따옴표로 감싸 글로 쓰세요 (예: "3")',
    ],
    [
      /^ {2}sha256: .*\n/m,
      "",
      "x.md: source.sha256 — 없습니다. 꼭 있어야 하는 필드입니다: 글을 쓰세요",
    ],
    [
      /^captions:/m,
      "mentions:\n  삼성전자: 여러 번\ncaptions:",
      'x.md: mentions.삼성전자 — "여러 번"은 숫자가 아닙니다. 숫자로 고치세요',
    ],
  ];
  for (const [from, to, expected] of cases) assert.equal(problemOf(withLine(from, to)), expected);
});

test("a date in the right form that names no day says the day does not exist, not the form", () => {
  assert.equal(
    problemOf(withLine(/^date: .*$/m, "date: 2026-11-31")),
    'x.md: date — "2026-11-31"은 없는 날짜입니다: 2026년 11월은 30일까지입니다. 날짜를 고치거나, 모르면 null을 쓰세요',
  );
  assert.match(
    problemOf(withLine(/^date: .*$/m, 'date: "2025-02-29T09:00:00+09:00"')),
    /없는 날짜입니다: 2025년 2월은 28일까지입니다/,
  );
  assert.match(problemOf(withLine(/^date: .*$/m, "date: 2024-13-01")), /13월은 없습니다/);
  assert.doesNotMatch(
    problemOf(withLine(/^date: .*$/m, "date: 2024-02-29T25:00")),
    /없는 날짜/,
    "the day exists; the time is what is wrong",
  );
});

test("front matter that is not a map is one problem for the whole file", () => {
  assert.equal(
    problemOf("---\n- 목록\n---\n\n본문\n"),
    "x.md: front matter가 맵이 아닙니다. '키: 값' 줄로 쓰세요",
  );
});

test("the reader never changes its input, and reads what a hand edit may leave as the writer writes it", () => {
  const data = {
    ...JSON.parse(JSON.stringify(good)),
    date: "2024-03-31T20:00:00",
    tags: null,
    people: [2024],
  };
  delete data.copyright;
  const before = JSON.stringify(data);
  const meta = readMeta(data);
  assert.equal(JSON.stringify(data), before, "input unchanged");
  assert.equal(meta.date, "2024-03-31T20:00:00+09:00", "no offset: Korea time");
  assert.deepEqual(meta.tags, []);
  assert.deepEqual(meta.people, ["2024"]);
  assert.equal(meta.copyright, null);
});

test("the writer refuses a record the reader would refuse", () => {
  assert.throws(
    () => serializeArticle({ meta: { ...good, date: "어제" }, paragraphs: ["본문."] }),
    /date — "어제"는 날짜가 아닙니다/,
  );
});

test("the topic particle follows the last sound: 은 after a consonant, 는 after a vowel", () => {
  assert.deepEqual(["삼성", "하이닉스", '"2024-13-01"', '"2"', "ABC"].map(topicParticle), [
    "은",
    "는",
    "은",
    "는",
    "은(는)",
  ]);
});

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== "");
const meta: fc.Arbitrary<ArticleMeta> = fc.record({
  title: text,
  outlet: fc.option(text, { nil: null }),
  date: fc.option(
    fc
      .date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  ),
  dateSource: fc.constantFrom("text", "filename", "sidecar", "manual", "none"),
  reporters: fc.array(
    fc.record({ name: text, email: fc.constant("a@example.com") }, { requiredKeys: ["name"] }),
    { maxLength: 2 },
  ),
  tags: fc.array(text, { maxLength: 3 }),
  companies: fc.array(text, { maxLength: 3 }),
  people: fc.array(text, { maxLength: 3 }),
  captions: fc.array(fc.record({ text }), { maxLength: 2 }),
  copyright: fc.option(text, { nil: null }),
  source: fc.record({
    file: text,
    sha256: fc.stringMatching(/^[0-9a-f]{8}$/),
    encoding: fc.constant("utf-8"),
  }),
});

test("writer → reader: a record reads back as written, the same through the fast reader and the YAML parser", () => {
  fc.assert(
    fc.property(meta, (generated) => {
      const m = JSON.parse(JSON.stringify(generated)) as ArticleMeta;
      const file = serializeArticle({ meta: m, paragraphs: ["본문."] });
      const { yaml } = splitFrontMatter(file);
      assert.deepEqual(parseArticleFile(file).meta, m);
      assert.deepEqual(readMeta(YAML.parse(yaml)), m);
      const fast = readFrontMatterFast(yaml);
      if (fast) assert.deepEqual(readMeta(fast), m);
    }),
    { numRuns: 300 },
  );
});

/** A value with its keys in order and undefined kept (deepEqual ignores key order). */
const ordered = (v: unknown): string =>
  v === undefined
    ? "U"
    : v === null || typeof v !== "object"
      ? JSON.stringify(v)
      : Array.isArray(v)
        ? `[${v.map(ordered).join(",")}]`
        : `{${Object.entries(v)
            .map(([k, x]) => `${JSON.stringify(k)}:${ordered(x)}`)
            .join(",")}}`;

/** Records near the contract: fields left out, set to undefined or null, of another type. */
const anyField = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(""),
  fc.integer({ min: -2, max: 3 }),
  fc.constantFrom("2024-02-30", "2024-05-02 08:30", "2024-05-02T08:30:00Z", "soon"),
);
const nearMeta = fc
  .tuple(
    meta,
    fc.dictionary(
      fc.constantFrom(...Object.keys(good), "mentions", "subtitle", "extra"),
      anyField,
      { maxKeys: 2 },
    ),
    fc.boolean(),
  )
  .map(([m, changes, empty]) => ({
    ...m,
    ...(empty ? { subtitle: undefined, mentions: { 홍길동: 2, "3": 0 } } : {}),
    reporters: m.reporters.map((r, i) =>
      i ? { role: "특파원", ...r } : { ...r, email: undefined },
    ),
    ...changes,
  }));

test("the writer's fast reading of a record gives the schema's output, keys in order, or leaves it to the schema", () => {
  fc.assert(
    fc.property(nearMeta, (m) => {
      const fast = writtenMeta(m);
      const parsed = articleMetaSchema.safeParse(m);
      if (fast) assert.equal(ordered(fast), parsed.success ? ordered(parsed.data) : "refused");
    }),
    { numRuns: 500 },
  );
  assert.ok(writtenMeta(good), "the usual record is read fast");
  assert.equal(writtenMeta({ ...good, mentions: { 홍길동: 1.5 } }), null);
  assert.equal(writtenMeta({ ...good, date: "2024-02-30" }), null);
});
