/**
 * Decks, captions, the copyright notice and the body's end of page copies a user wrote for us
 * (invented text in the style of outlets in neither corpus, test/fixtures/fresh-pages): a photo
 * caption with an unbracketed credit right after the deck, a video player's bounds and a summary
 * label in the deck, the copyright line below a related or most-read box, and the boxes, prompts
 * and slogans under the text.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createParseContext, parseArticle, type ParsedArticle } from "../src/parse/index.ts";

const ctx = createParseContext();
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "fresh-pages");
const page = (file: string): ParsedArticle => {
  const r = parseArticle({ file, text: readFileSync(path.join(FIXTURES, file), "utf8") }, ctx);
  if ("skip" in r) throw new Error(`skipped: ${r.skip}`);
  return r;
};
const last = (a: ParsedArticle) => a.paragraphs[a.paragraphs.length - 1];

test("a caption after the deck is a caption, whatever its unbracketed credit", () => {
  const cases: [string, string, string, string][] = [
    ["02-busan.txt", "시민 친수공간·업무지구 조성 속도", "기념촬영을 하고 있다.", "부산시"],
    ["07-sportsseoul.txt", "", "LG전에서 역투하고 있다.", "윤하늘 기자"],
    ["11-joongang-amp.txt", "", "기자회견을 하고 있다.", "로이터=연합뉴스"],
    [
      "12-khan-print.txt",
      "내년 3월 특별전서 일반 공개",
      "고려 불화 ‘수월관음도’.",
      "국립중앙박물관",
    ],
  ];
  for (const [file, deckEnd, captionEnd, credit] of cases) {
    const a = page(file);
    assert.equal(a.captions.length, 1, file);
    assert.ok(a.captions[0].text.endsWith(captionEnd), `${file}: ${a.captions[0].text}`);
    assert.equal(a.captions[0].credit, credit, file);
    if (deckEnd) assert.ok(a.subtitle?.endsWith(deckEnd), `${file}: ${a.subtitle}`);
    else assert.equal(a.subtitle, undefined, file);
  }
  const busan = page("02-busan.txt");
  assert.equal(
    busan.subtitle,
    "2030년까지 부산진역 일대 철도시설 이전\n시민 친수공간·업무지구 조성 속도",
  );
});

test("a video player's bounds and a summary box's label are no deck lines", () => {
  assert.equal(page("03-kbs.txt").subtitle, undefined);
  const newsis = page("04-newsis.txt");
  assert.equal(
    newsis.subtitle,
    '10월 은행권 가계대출 잔액 1152조원…4개월째 증가\n주담대 3.8조↑…"신규 분양·입주 물량 영향"',
  );
  assert.deepEqual(
    { text: newsis.captions[0].text, credit: newsis.captions[0].credit },
    { text: "[서울=뉴시스] 서울 시내의 한 시중은행 대출 창구 모습.", credit: "뉴시스 DB" },
  );
});

test("the copyright line below a related or most-read box is the article's notice", () => {
  assert.equal(page("01-hani.txt").copyright, "ⓒ 한겨레신문사 : 무단전재 및 재배포 금지");
  assert.equal(
    page("02-busan.txt").copyright,
    "저작권자 ⓒ 부산일보(www.busan.com) 무단전재 및 재배포 금지",
  );
  // The notice under the text wins over the company's footer further down.
  assert.equal(page("11-joongang-amp.txt").copyright, "Copyright ⓒ 중앙일보 All Rights Reserved.");
});

test("the body ends at the text: boxes of other stories, reader prompts, photo date stamps and slogans go", () => {
  assert.ok(last(page("02-busan.txt")).startsWith("다만 시민단체들은"));
  assert.ok(last(page("03-kbs.txt")).startsWith("전문가들은 피해 규모가"));
  const newsis = page("04-newsis.txt");
  assert.ok(last(newsis).startsWith("전문가들은 기준금리"));
  assert.ok(!newsis.paragraphs.some((p) => /^2026\.11\.15/.test(p)));
  for (const file of ["02-busan.txt", "03-kbs.txt", "04-newsis.txt"]) {
    const text = page(file).paragraphs.join("\n");
    for (const furniture of [
      "꼽은 뉴스",
      "기사 모음",
      "좋으셨다면",
      "핫 클릭",
      "의견을 남겨",
      "공감언론",
    ])
      assert.ok(!text.includes(furniture), `${file}: ${furniture}`);
  }
});

test("a deck line without a sentence before the credit stays a deck; a sentence in the body with 제공 stays text", () => {
  const BODY =
    "가나시는 5일 시청에서 새 도서관 건립 계획을 발표하고 내년 봄에 공사를 시작한다고 밝혔다.";
  const a = parseArticle(
    {
      file: "page.txt",
      text: `가나시, 도서관 새로 짓는다\n입력 2024.03.05 10:00\n3층 규모 도서관 설계안 시민 제공\n${BODY}\n설계안은 시가 주민에게 무료로 제공\n`,
    },
    ctx,
  );
  if ("skip" in a) throw new Error(a.skip);
  assert.equal(a.subtitle, "3층 규모 도서관 설계안 시민 제공");
  assert.deepEqual(a.captions, []);
});

test("co-reporters joined by a slash before the sign-off leave no name in the body; a magazine's issue number and font button are no deck", () => {
  const hankyung = page("05-hankyung.txt");
  assert.ok(last(hankyung).startsWith("다만 표준화는"), last(hankyung));
  assert.ok(hankyung.reporters.some((r) => r.name === "강태윤"));
  assert.ok(hankyung.reporters.some((r) => r.name === "오세린"));
  const sisain = page("08-sisain.txt");
  assert.ok(sisain.subtitle?.endsWith("부모들은 왕복 3시간 운전해 진료 받는다"), sisain.subtitle);
  assert.deepEqual(
    sisain.captions.map((c) => c.credit),
    ["ⓒ시사IN 신선영"],
  );
});
