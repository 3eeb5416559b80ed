/**
 * Property tests (fast-check): the importer never crashes on any bytes; the front matter it
 * writes always reads back to the same values; nothing in a body can end the front matter early.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { convertFile, createImportContext } from "../src/import/index.ts";
import {
  bodyToMarkdown,
  parseArticleFile,
  serializeArticle,
  type Article,
  type ArticleMeta,
} from "../src/core/article.ts";

const ctx = createImportContext();
const RUNS = Number(process.env.FC_RUNS ?? 300);

/** Pieces of real page text, so random files also hit the layouts' and refine's paths. */
const FRAGMENTS = [
  "(서울=연합뉴스) 홍길동 기자 = ",
  "【서울=뉴시스】",
  "[아시아경제 노태영 기자]",
  "Sat, 09 Aug 2025 05:07:28 +0000",
  "https://www.chosun.com/x/",
  "2018-10-28 17:34",
  "기사입력2018.01.01 오후 5:51",
  "Translated by kakao i",
  "<p>본문 <b>굵게</b>&amp;</p>",
  "<figure><img src=x><figcaption>캡션 / 연합뉴스</figcaption></figure>",
  "<br><br>",
  "ⓒ중앙일보(https://joongang.co.kr), 무단 전재 및 재배포 금지",
  "▶",
  "◀ 앵커 ▶",
  "【 기자 】",
  "MBC뉴스 조국현입니다.",
  "reporter1@example.com",
  "---",
  "  ",
  "\n",
  "\r\n",
  "\r",
  "했다.다음",
  "[",
  "]",
  "=",
  "\u200b",
  "\u00a0",
  "\uF9E1",
];
const articleish = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "grapheme", maxLength: 40 })), {
    maxLength: 40,
  })
  .map((a) => a.join(""));

test("any byte string imports without a crash (an article or a one-line reason)", () => {
  const check = (bytes: Uint8Array) => {
    const r = convertFile(bytes, "x.txt", ctx);
    if ("skip" in r) {
      assert.equal(typeof r.skip, "string");
      assert.ok(r.skip.length > 0 && !r.skip.includes("\n"));
    } else {
      assert.ok(r.article.meta.title.trim().length > 0);
      // A headline-only item (a headline and a date or outlet, no text) is kept, with its warning.
      assert.ok(
        r.article.paragraphs.length > 0 || r.warnings.some((w) => /^제목만 있는 기사/.test(w)),
      );
      assert.match(r.relPath, /^(?:\d{4}\/\d{2}|undated)\/[a-z0-9-]+\.md$/);
      parseArticleFile(serializeArticle(r.article));
    }
  };
  fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), check), { numRuns: RUNS });
  fc.assert(
    fc.property(articleish, (s) => check(Buffer.from(s, "utf8"))),
    { numRuns: RUNS },
  );
  fc.assert(
    fc.property(articleish, fc.constantFrom("utf-16le", "utf16be-ish", "latin1"), (s, enc) => {
      const buf =
        enc === "utf16be-ish"
          ? Buffer.from(s, "utf16le").swap16()
          : Buffer.from(s, enc as BufferEncoding);
      check(buf);
    }),
    { numRuns: RUNS },
  );
});

const text = fc.string({ unit: "grapheme", maxLength: 60 });
const nonBlank = text.filter((s) => s.trim().length > 0);
const isoDate = fc
  .date({ min: new Date("1950-01-01"), max: new Date("2090-12-31"), noInvalidDate: true })
  .map((d) =>
    new Date(d.getTime() - (d.getTime() % 1000)).toISOString().replace(/\.000Z$/, "+00:00"),
  );
const meta: fc.Arbitrary<ArticleMeta> = fc.record(
  {
    title: nonBlank,
    subtitle: fc.option(nonBlank, { nil: undefined }),
    outlet: fc.option(nonBlank, { nil: null }),
    date: fc.option(isoDate, { nil: null }),
    dateSource: fc.constantFrom("text", "filename", "sidecar", "manual", "none" as const),
    reporters: fc.array(
      fc.record(
        { name: nonBlank, email: fc.option(text, { nil: undefined }) },
        { requiredKeys: ["name"] },
      ),
      { maxLength: 3 },
    ),
    tags: fc.array(text, { maxLength: 3 }),
    companies: fc.array(text, { maxLength: 3 }),
    people: fc.array(text, { maxLength: 3 }),
    captions: fc.array(
      fc.record(
        { text: nonBlank, credit: fc.option(text, { nil: undefined }) },
        { requiredKeys: ["text"] },
      ),
      { maxLength: 3 },
    ),
    copyright: fc.option(text, { nil: null }),
    source: fc.record({
      file: nonBlank,
      sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
      encoding: fc.constantFrom("utf-8", "cp949"),
      layout: fc.constantFrom("feed-item", "generic"),
    }),
  },
  {
    requiredKeys: [
      "title",
      "outlet",
      "date",
      "dateSource",
      "reporters",
      "tags",
      "companies",
      "people",
      "captions",
      "copyright",
      "source",
    ],
  },
) as fc.Arbitrary<ArticleMeta>;

/** What the writer is expected to keep: undefined dropped (as JSON does), an empty subtitle dropped. */
const expected = (m: ArticleMeta) => {
  const j = JSON.parse(JSON.stringify(m));
  if (j.subtitle === "") delete j.subtitle;
  return j;
};

test("front matter written always parses back to the same values", () => {
  fc.assert(
    fc.property(meta, fc.array(nonBlank, { minLength: 1, maxLength: 4 }), (m, paragraphs) => {
      const back = parseArticleFile(serializeArticle({ meta: m, paragraphs }));
      assert.deepEqual(back.meta, expected(m));
    }),
    { numRuns: RUNS },
  );
});

const hostileLine = fc.constantFrom(
  "---",
  "--- ",
  "...",
  "---\n",
  "\n---\n",
  "+++",
  "---\r\n",
  "title: 가짜",
  "{{ x }}",
  "{% raw %}",
  "<script>alert(1)</script>",
  "# 제목",
  "> 인용",
  "- 목록",
  "1. 목록",
  "    코드",
);
const hostileBody = fc
  .array(fc.oneof(hostileLine, text), { minLength: 1, maxLength: 8 })
  .map((a) => a.join("\n"));

test("nothing in a body can end the front matter early", () => {
  fc.assert(
    fc.property(meta, fc.array(hostileBody, { minLength: 1, maxLength: 5 }), (m, raw) => {
      // Bodies reach the writer cleaned (src/decode/clean.ts turns CR and CRLF into LF).
      const paragraphs = raw.map((p) => p.replace(/\r\n?/g, "\n")).filter((p) => p.trim());
      if (!paragraphs.length) return;
      const article: Article = { meta: m, paragraphs };
      const file = serializeArticle(article);
      const back = parseArticleFile(file);
      assert.deepEqual(back.meta, expected(m));
      assert.equal(back.body, `${bodyToMarkdown(paragraphs)}\n`);
      // Only the two delimiter lines of the front matter are exactly `---`.
      assert.equal(file.split("\n").filter((l) => l === "---").length, 2);
    }),
    { numRuns: RUNS },
  );
});

/** Text the reader sees in rendered HTML: tags removed, the five entities markdown-it writes decoded. */
const visibleText = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

test("a body paragraph renders as exactly its text: no Markdown syntax in it turns into markup", async () => {
  const { articleMarkdown } = await import("../src/site/archive.ts");
  const syntax = [
    "*",
    "**",
    "_",
    "__",
    "`",
    "``",
    "[",
    "](",
    ")",
    "![",
    "<",
    ">",
    "<b>",
    "</b>",
    "<https://x.kr>",
    "<a@b.kr>",
    "|",
    "---",
    "|---|",
    "~~",
    "#",
    "##",
    "- ",
    "+ ",
    "1. ",
    "2) ",
    "=",
    "\\",
    "&amp;",
    "&#44;",
    "&lt;",
    "<사진>",
    "《",
    "》",
    "  ",
    "    ",
    "\t",
    "삼성",
    "A",
    "1",
  ];
  const paragraph = fc
    .array(fc.oneof(fc.constantFrom(...syntax), fc.string({ unit: "grapheme", maxLength: 6 })), {
      minLength: 1,
      maxLength: 24,
    })
    .map((a) =>
      a
        .join("")
        .replace(/[\r\n]+/g, " ")
        .trim(),
    )
    .filter((p) => p.length > 0);
  fc.assert(
    fc.property(paragraph, (p) => {
      const html = articleMarkdown.render(bodyToMarkdown([p]));
      // Markdown collapses spaces at line start/end and runs of spaces render as one in HTML: compare with spaces squeezed.
      const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();
      assert.equal(squeeze(visibleText(html)), squeeze(p), html);
      assert.doesNotMatch(html, /<(?!\/?p>)[a-z]/, `only <p> in ${html}`);
    }),
    { numRuns: RUNS * 3 },
  );
});

test("a paragraph of several lines (a text table) renders each line as written, never as a Markdown table", async () => {
  const { articleMarkdown } = await import("../src/site/archive.ts");
  const cell = fc.oneof(
    fc.constantFrom(
      "구분",
      "170,000",
      "+1%",
      "---",
      ":--",
      "*",
      "_",
      "`",
      "<b>",
      "[x](y)",
      "#",
      " ",
    ),
    fc.string({ unit: "grapheme", maxLength: 5 }),
  );
  const row = fc
    .array(cell, { minLength: 1, maxLength: 5 })
    .map((cells) => `| ${cells.join(" | ")} |`.replace(/[\r\n]+/g, " "));
  fc.assert(
    fc.property(fc.array(row, { minLength: 2, maxLength: 6 }), (rows) => {
      const html = articleMarkdown.render(bodyToMarkdown([rows.join("\n")]));
      const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();
      assert.equal(
        squeeze(visibleText(html)),
        squeeze(rows.filter((r) => r.trim()).join(" ")),
        html,
      );
      assert.doesNotMatch(html, /<(?!\/?p>|br>)[a-z]/, `only <p> and <br> in ${html}`);
    }),
    { numRuns: RUNS },
  );
});

test("a YAML error names the file line it comes from: an unclosed quote points at the line that opens it", () => {
  const file = [
    "---",
    'title: "열린 따옴표만 있는 제목',
    "outlet: 연합뉴스",
    "date: null",
    "dateSource: none",
    "reporters: []",
    "source: {file: a.txt}",
    "---",
    "",
    "본문",
  ].join("\n");
  assert.throws(
    () => parseArticleFile(file),
    /2번째 줄 "title: "열린 따옴표만 있는 제목"\. 연 따옴표나 괄호가 닫히지 않았습니다\. 닫으세요$/,
  );
  const nested = ["---", "title: 삼성전자: 신제품", "outlet: 연합뉴스", "---", "", "본문"].join(
    "\n",
  );
  assert.throws(
    () => parseArticleFile(nested),
    /front matter의 YAML을 읽을 수 없습니다: 2번째 줄 "title: 삼성전자: 신제품"\. 값 안에 콜론\(:\)이 있습니다/,
  );
  // An unclosed [ or { is reported where the parser gave up (the next line); the message points
  // at the line that opens it, and says what is wrong in Korean, not in the parser's English.
  for (const [value, open] of [
    ["[깨진 목록", "["],
    ["{깨진: 맵", "{"],
  ]) {
    const broken = ["---", `title: ${value}`, "outlet: 연합뉴스", "---", "", "본문"].join("\n");
    assert.throws(
      () => parseArticleFile(broken),
      (e: Error) =>
        e.message ===
          `front matter의 YAML을 읽을 수 없습니다: 2번째 줄 "title: ${value}". 연 괄호([ 또는 {)가 닫히지 않았거나 들여쓰기가 맞지 않습니다. 괄호를 닫거나 값 전체를 따옴표로 감싸세요` &&
        value.startsWith(open),
    );
  }
});

test("markdownToText undoes bodyToMarkdown: the excerpt and discovery read the text as written", async () => {
  const { markdownToText } = await import("../src/core/article.ts");
  const piece = fc.oneof(
    fc.constantFrom("*", "_", "\\", "[x](y)", "<b>", "#", "|", "&amp;", "&lt;", "1.", "- ", "`"),
    fc.string({ unit: "grapheme", maxLength: 6 }),
  );
  const line = fc
    .array(piece, { minLength: 1, maxLength: 12 })
    .map((a) => a.join("").replace(/\s+/g, " ").trim())
    .filter((l) => l.length > 0);
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), line, (rows, single) => {
      assert.equal(markdownToText(bodyToMarkdown([single])), single);
      assert.equal(markdownToText(bodyToMarkdown([rows.join("\n")])), rows.join("\n"));
    }),
    { numRuns: RUNS },
  );
});
