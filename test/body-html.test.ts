import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { bodyToMarkdown } from "../src/core/article.ts";
import { articleMarkdown } from "../src/site/archive.ts";
import { plainParagraphsHtml } from "../src/site/body-html.ts";

/** Bodies as an article file holds them: paragraphs from bodyToMarkdown, or hand-edited Markdown. */
const written = (paragraphs: string[]) => `${bodyToMarkdown(paragraphs)}\n`;

test("plain paragraphs render as markdown-it renders them, escapes undone and HTML escaped", () => {
  const body = written([
    '[서울=연합뉴스] 김민지 기자 = 삼성전자는 3일 "AI 반도체" 매출이 30% 늘었다고 밝혔다.',
    "*주의* _강조_ `코드` ~취소~ <사진> <b>굵게</b> & &amp; &lt; A&B 1 < 2 > 0",
    "# 제목 아님",
    "2024. 3. 1 발표",
    "- 목록 아님",
    "> 인용 아님",
    "C:\\경로\\파일 \\ 역슬래시",
  ]);
  const html = plainParagraphsHtml(body);
  assert.equal(html, articleMarkdown.render(body));
  assert.match(html!, /^<p>\[서울=연합뉴스\] 김민지 기자 = 삼성전자는 3일 &quot;AI 반도체&quot;/);
  assert.match(
    html!,
    /<p>\*주의\* _강조_ `코드` ~취소~ &lt;사진&gt; &lt;b&gt;굵게&lt;\/b&gt; &amp; &amp;amp; &amp;lt; A&amp;B 1 &lt; 2 &gt; 0<\/p>/,
  );
});

test("anything that may be markup is left to markdown-it", () => {
  const markup = [
    written(["• 하나\n• 둘"]), // a list
    written(["행 1 | 값\n행 2 | 값"]), // a table's rows, hard line breaks
    "*강조*\n",
    "_강조_\n",
    "[링크](https://example.com)\n",
    "`코드`\n",
    "~~취소~~\n",
    "<https://example.com>\n",
    "<a@example.com>\n",
    "&lt; &#65; &copy;\n",
    "# 제목\n",
    "1. 하나\n",
    "    들여쓰기\n",
    "\u3000전각 공백\n",
    "끝 공백 \n",
    "역슬래시 끝\\\n",
    "\\가 문자\n",
    "문단\n\n\n세 줄바꿈\n",
    "",
  ];
  for (const body of markup) assert.equal(plainParagraphsHtml(body), null, JSON.stringify(body));
});

test("whatever the fast path takes matches markdown-it", () => {
  const bodies = [
    "한 문단\n",
    "한 문단",
    "첫 문단\n\n둘째 문단\n",
    "물음표? 느낌표! 괄호(내용) {중괄호} 달러$ 퍼센트% 캐럿^ 골뱅이@ 등호= 더하기+ 빼기-\n",
    "\\*별\\* \\_밑줄\\_ \\[대괄호\\] \\` \\~ \\< \\> \\& \\\\ \\#\n",
    "\\# 제목 아님\n\n\\- 목록 아님\n\n1\\. 목록 아님\n\n\\> 인용 아님\n",
    "&amp;lt; 그대로\n",
    "끝에 <\n",
    "띄어 쓴 부등호 < 하나\n",
    "!\\[그림 아님\\](주소)\n",
    "이모지 😀 와 결합 문자 가\u0301\n",
  ];
  for (const body of bodies) {
    const html = plainParagraphsHtml(body);
    assert.notEqual(html, null, JSON.stringify(body));
    assert.equal(html, articleMarkdown.render(body), JSON.stringify(body));
  }
});

test("on any text of markup characters and Hangul, the fast path is markdown-it's HTML or steps aside", () => {
  // Pieces a hand-edited body may hold: CommonMark's markup, entities, escapes, whitespace of
  // several kinds, line breaks; Hangul often enough that a good share takes the fast path.
  const piece = fc.constantFrom(
    ...["가", "한국", "뉴스", "기자", "나다", "라", " ", "  ", "\t", "\u3000", "\u00a0"],
    ...["\n", "\n\n", "\r", "\0", "\\", "*", "**", "_", "__", "~", "`", "[", "]", "(", ")"],
    ...["<", ">", "&", "&amp;", "&lt;", "&#35;", "&#x41;", "&bogus;", "#", "-", "+", "1.", "2)"],
    ...["=", "|", "!", "a", "http://x.kr", "@", ":", "'", '"', "$"],
  );
  let fast = 0;
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const body = pieces.join("");
      const html = plainParagraphsHtml(body);
      if (html === null) return true;
      fast++;
      return html === articleMarkdown.render(body);
    }),
    { numRuns: 20_000, seed: 15 },
  );
  // The property must have been tried on the fast path, not only on what it leaves to markdown-it.
  assert.ok(fast > 1_000, `fast path taken ${fast} times`);
});
