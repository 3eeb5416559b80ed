/**
 * The fast front matter reader (src/core/frontmatter-fast.ts) agrees with the YAML parser on
 * everything it accepts, and gives up on what it does not know (so the YAML parser reads it).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import YAML from "yaml";
import { serializeArticle, splitFrontMatter, type ArticleMeta } from "../src/core/article.ts";
import { readFrontMatterFast, writeFrontMatterFast } from "../src/core/frontmatter-fast.ts";

const RUNS = Number(process.env.FC_RUNS ?? 300);
/** Text with the characters YAML treats specially, Hangul, quotes and look-alikes of other types. */
const tricky = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom(
    "null",
    "~",
    "true",
    "False",
    "123",
    "-7",
    "0x1F",
    "1e3",
    ".5",
    ".inf",
    "2024-03-05",
    "a: b",
    "a #b",
    "- x",
    "'인용'",
    '"따옴표"',
    "[알림]",
    "{x}",
    "#태그",
    "&amp",
    "*별",
    "!느낌",
    "|",
    ">",
    "%",
    "@",
    "`",
    "메타: 저커버그",
    "C:\\path",
    "줄\n바꿈",
    " 앞공백",
    "뒤공백 ",
    "\t탭",
    "\u00a0",
    "\u2028",
  ),
);
const nonEmpty = tricky.filter((s) => s.trim().length > 0);

test("whatever sillok writes, the fast reader reads as YAML does or leaves to YAML", () => {
  fc.assert(
    fc.property(
      nonEmpty,
      fc.option(tricky),
      fc.option(nonEmpty),
      fc.array(nonEmpty, { maxLength: 3 }),
      fc.array(fc.record({ name: nonEmpty, email: fc.option(nonEmpty, { nil: undefined }) }), {
        maxLength: 2,
      }),
      fc.dictionary(nonEmpty, fc.integer({ min: 1, max: 99 }), { maxKeys: 3 }),
      fc.array(fc.record({ text: tricky, credit: fc.option(nonEmpty, { nil: undefined }) }), {
        maxLength: 2,
      }),
      (title, subtitle, outlet, names, reporters, mentions, captions) => {
        const meta: ArticleMeta = {
          title,
          ...(subtitle ? { subtitle } : {}),
          outlet,
          date: "2024-03-05T08:30:00+09:00",
          dateSource: "text",
          reporters: reporters.map((r) => (r.email ? r : { name: r.name })),
          tags: names,
          companies: names.slice(0, 1),
          people: [],
          mentions,
          captions: captions.map((c) => (c.credit ? c : { text: c.text })),
          copyright: outlet,
          source: { file: "a.txt", sha256: "00ff", encoding: "utf-8" },
        };
        const { yaml } = splitFrontMatter(serializeArticle({ meta, paragraphs: ["본문"] }));
        const fast = readFrontMatterFast(yaml);
        if (fast !== null) assert.deepEqual(fast, YAML.parse(yaml));
      },
    ),
    { numRuns: RUNS },
  );
});

test("the usual article is read by the fast path, with its lists, maps and numbers", () => {
  const yaml =
    "title: \"[단독] 메타, '스레드' 출시\"\noutlet: 디지털타임스\ndate: 2024-03-05T08:30:00+09:00\ndateSource: text\nreporters:\n  - name: 박정일\n    email: comja77@dt.co.kr\ntags:\n  - AI\ncompanies: []\nmentions:\n  메타: 3\n  LG전자: 12\ncaptions: []\ncopyright: null\nsource:\n  file: a.txt\n  sha256: 00ff\n  encoding: utf-8\n";
  assert.deepEqual(readFrontMatterFast(yaml), {
    title: "[단독] 메타, '스레드' 출시",
    outlet: "디지털타임스",
    date: "2024-03-05T08:30:00+09:00",
    dateSource: "text",
    reporters: [{ name: "박정일", email: "comja77@dt.co.kr" }],
    tags: ["AI"],
    companies: [],
    mentions: { 메타: 3, LG전자: 12 },
    captions: [],
    copyright: null,
    source: { file: "a.txt", sha256: "00ff", encoding: "utf-8" },
  });
});

test("hand-written YAML the fast path does not know is left to the YAML parser", () => {
  for (const yaml of [
    "title: |-\n  두 줄\n  제목\n",
    "tags: [AI, 반도체]\n",
    "title: &a 앵커\n",
    'title: "\\x41"\n',
    "title: 제목\ntitle: 또\n",
    "tags:\n    - 들여쓰기\n",
    "title: yes # 주석\n",
    "score: 1.5\n",
  ]) {
    assert.equal(readFrontMatterFast(yaml), null, yaml);
  }
});

/** How serializeArticle asks `yaml` to write front matter. */
const YAML_OPTIONS = { lineWidth: 0, defaultStringType: "PLAIN", defaultKeyType: "PLAIN" } as const;

test("whatever the fast writer writes is what YAML writes, byte for byte", () => {
  let written = 0;
  const same = (data: Record<string, unknown>) => {
    const fast = writeFrontMatterFast(data);
    if (fast === null) return;
    written++;
    assert.equal(fast, YAML.stringify(data, YAML_OPTIONS));
  };
  fc.assert(
    fc.property(
      tricky,
      tricky,
      fc.oneof(fc.integer(), fc.double(), fc.constant(null)),
      (text, other, value) => {
        same({ title: text, outlet: null, count: value });
        same({ tags: [text, other], people: [] });
        same({ reporters: [{ name: text, email: other }], captions: [{ text: other }] });
        same({ mentions: { [text]: value, [other]: 2 }, source: { file: text } });
      },
    ),
    { numRuns: RUNS * 3 },
  );
  // The property is not met by giving up: most draws are written here.
  assert.ok(written > RUNS, `${written} of ${RUNS * 12} written by the fast writer`);
});

test("the usual article's front matter is written by the fast writer, quotes and all", () => {
  const yaml =
    'title: "[단독] 메타, \'스레드\' 출시"\nsubtitle: \'"AI" 경쟁\'\noutlet: 디지털타임스\ndate: 2024-03-05T08:30:00+09:00\ndateSource: text\nreporters:\n  - name: 박정일\n    email: comja77@dt.co.kr\ntags:\n  - AI\ncompanies: []\nmentions:\n  메타: 3\n  LG전자: 12\ncaptions: []\ncopyright: null\nsource:\n  file: a.txt\n  sha256: "1234"\n  encoding: utf-8\n';
  const data = YAML.parse(yaml);
  assert.equal(writeFrontMatterFast(data), yaml);
  assert.equal(YAML.stringify(data, YAML_OPTIONS), yaml);
});
