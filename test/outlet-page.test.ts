/**
 * The outlet from every place a page names it (src/parse/outlet-page.ts, outlet-signals.ts): a
 * bracket byline or an outlet tag on its own line, a byline with the outlet beside the name, the
 * copyright lines, a portal's logo and outlet-and-name lines, the tip and channel lines, a sister
 * title's host over the group's e-mail domain, and a wire credit at the end weaker than the page's
 * own copyright. Every page here is written for the test (invented places, people and text).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createParseContext, parseArticle, type ParsedArticle } from "../src/parse/index.ts";
import { pageOutletLines } from "../src/parse/outlet-page.ts";

const ctx = createParseContext();
const parse = (file: string, text: string): ParsedArticle => {
  const r = parseArticle({ file, text }, ctx);
  if ("skip" in r) throw new Error(`skipped: ${r.skip}`);
  return r;
};
const B1 =
  "가나시는 5일 시청에서 새 도서관 건립 계획을 발표하고 내년 봄에 공사를 시작한다고 밝혔다.";
const B2 =
  '시 관계자는 "주민 의견을 모아 설계를 마무리하겠다"고 말했다. 도서관은 3층 규모로 지어진다.';
const names = (a: ParsedArticle) => a.reporters.map((r) => r.name);

test("a portal copy: a bracket byline or the outlet's tag on its own line names the outlet", () => {
  const byline = parse(
    "v.daum.net.txt",
    `가나시 도서관 짓는다\n새 도서관 3층 규모로\n[미디어오늘 홍길동 기자]\n${B1}\n${B2}\n`,
  );
  assert.deepEqual(
    [byline.outlet, names(byline), byline.paragraphs[0]],
    ["미디어오늘", ["홍길동"], B1],
  );
  const tag = parse(
    "v.daum.net.txt",
    `가나시 도서관 짓는다\n2024. 3. 5. 08:30\n글자크기 설정\n[경향신문]\n${B1}\n${B2}\n`,
  );
  assert.equal(tag.outlet, "경향신문");
});

test("a sister title: the outlet beside the reporter's name, or the host, wins over the group's e-mail domain", () => {
  const byline = parse(
    "v.daum.net.txt",
    `가나시 도서관 짓는다\n홍길동 스포츠경향 기자(hong@kyunghyang.com) 2024. 3. 5. 08:30\n${B1}\n${B2}\n`,
  );
  assert.deepEqual([byline.outlet, names(byline)], ["스포츠경향", ["홍길동"]]);
  const host = parse(
    "m.sports.khan.co.kr.txt",
    `가나시 도서관 짓는다\n입력 2024.03.05 08:30\n${B1}\n${B2}\n홍길동 기자 hong@kyunghyang.com\n`,
  );
  assert.equal(host.outlet, "스포츠경향");
  // Without a sister's host, the e-mail domain names the group's paper.
  const mail = parse(
    "page.txt",
    `가나시 도서관 짓는다\n입력 2024.03.05 08:30\n${B1}\n${B2}\n홍길동 기자 hong@kyunghyang.com\n`,
  );
  assert.equal(mail.outlet, "경향신문");
});

test("of two copyright lines, the one whose holder is an outlet's exact name wins over a name inside a company's", () => {
  const a = parse(
    "v.daum.net.txt",
    `가나시 도서관 짓는다\n입력 2024.03.05 08:30\n${B1}\n${B2}\n저작권자 SBS콘텐츠허브 무단 복제 금지\nCopyright © SBS Biz. All rights reserved.\n`,
  );
  assert.equal(a.outlet, "SBS Biz");
});

test("a portal's logo line and outlet-and-name line, a tip line and a channel line name the outlet", () => {
  const zum = parse(
    "news.zum.com.txt",
    `본문 바로가기\n연합뉴스TV 언론사 이미지\n\n가나시 도서관 짓는다\n\n연합뉴스TV 홍길동\n원문보기\n${B1}\n${B2}\n`,
  );
  assert.equal(zum.outlet, "연합뉴스TV");
  const tip = parse(
    "gana.kr.txt",
    `가나시 도서관 짓는다\n2024-03-05 08:30\n${B1}\n${B2}\nYTN 기사문의 및 제보 : 이메일\n댓글쓰기\n`,
  );
  assert.equal(tip.outlet, "YTN");
  const channel = parse(
    "m.tv.zum.com.txt",
    `가나시 도서관 짓는다\n\n2024.03.05 방영 조회수 77\n${B1} ${B2}\n\nKNN뉴스 1,024\n\n추천영상\n`,
  );
  assert.equal(channel.outlet, "KNN");
});

test("a wire credit closing the text is weaker than the page's own copyright line", () => {
  const a = parse(
    "m.gana.com.txt",
    `경제 경제일반\n\n가나시 도서관 짓는다\n\n${B1} ${B2} (서울=연합뉴스) 홍길동 기자\n\n관련기사\n\n<저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지>\n더보기\n`,
  );
  assert.deepEqual([a.outlet, names(a)], ["서울경제", ["홍길동"]]);
  // With no copyright line or host of its own, the credited wire is the outlet.
  const b = parse("page.txt", `가나시 도서관 짓는다\n\n${B1} ${B2} (서울=연합뉴스) 홍길동 기자\n`);
  assert.equal(b.outlet, "연합뉴스");
});

test("an unknown word beside a reporter's name and role is the outlet, never a reporter", () => {
  for (const text of [
    `가나시 도서관 짓는다\n동해경제 김나래 기자\n입력 2024.03.05 08:30\n${B1}\n${B2}\n`,
    `가나시 도서관 짓는다\n입력 2024.03.05 08:30\n${B1}\n${B2}\n동해경제 김나래 기자\n`,
    `가나시 도서관 짓는다\n입력 2024.03.05 08:30\n${B1}\n${B2}\n김나래 동해경제 기자 nara@donghae.example\n`,
  ]) {
    const a = parse("page.txt", text);
    assert.deepEqual([a.outlet, a.outletId, names(a)], ["동해경제", null, ["김나래"]], text);
    assert.ok(a.warnings.some((w) => /동해경제.*매체 사전\(outlets\)에 없습니다/.test(w)));
  }
  // Glued to the last sentence: still no reporter named 동해경제.
  const glued = parse(
    "page.txt",
    `가나시 도서관 짓는다\n입력 2024.03.05 08:30\n${B1}\n${B2} 동해경제 김나래 기자\n`,
  );
  assert.deepEqual(names(glued), ["김나래"]);
  // Two reporters in a run with no separator stay two reporters.
  const two = parse(
    "page.txt",
    `가나시 도서관 짓는다\n입력 2024.03.05 08:30\n${B1}\n${B2}\n김나래 박도윤 기자\n`,
  );
  assert.deepEqual(names(two).sort(), ["김나래", "박도윤"]);
});

test("a desk byline names an unknown outlet; a copyright line cut to a bare `뉴스` names none", () => {
  const a = parse(
    "page.txt",
    `가나시 도서관 짓는다\n누리포커스 인터넷뉴스팀 기사입력  2024/03/05 [08:30]\n${B1}\n${B2}\nⓒ 뉴스`,
  );
  assert.equal(a.outlet, "누리포커스");
  const b = parse("page.txt", `가나시 도서관 짓는다\n입력 2024.03.05 08:30\n${B1}\n${B2}\nⓒ 뉴스`);
  assert.equal(b.outlet, null);
});

test("page lines: sentences, people in the news and section labels give no outlet", () => {
  const lines = pageOutletLines(
    [
      "[인천문화 40년을 듣는다]",
      "문재인 정부 출범 이후",
      "김철수 위원장 기자회견",
      "경제 경제일반",
      "조회수 77",
      B1,
    ].join("\n"),
    ctx,
  );
  assert.deepEqual(lines, {
    bylines: [],
    copyrights: [],
    logos: [],
    tips: [],
    tags: [],
    reporters: [],
    named: [],
  });
});

test("weak clues, used when nothing else names the outlet: an outlet's tag glued after a sentence, its name under another suffix", () => {
  const tag = parse(
    "mirror.example.com.txt",
    `가나시 도서관 짓는다\n${B1} ${B2}[한경ESG] 특집 리포트\n로그인 후 읽을 수 있습니다.\n`,
  );
  assert.equal(tag.outlet, "한경ESG");
  // The page's own host is stronger than a tag glued in its text.
  const host = parse(
    "www.hankyung.com.txt",
    `가나시 도서관 짓는다\n${B1} ${B2}[한경ESG] 특집 리포트\n`,
  );
  assert.equal(host.outlet, "한국경제");
  assert.equal(parse("www.hani.kr.txt", `가나시 도서관 짓는다\n${B1}\n${B2}\n`).outlet, "한겨레");
  assert.equal(ctx.outlets.fromHostVariant("m.chosun.kr")?.name, "조선일보");
  assert.equal(ctx.outlets.fromHostVariant("chosun.com"), null, "its own domain is fromUrl's");
  assert.equal(ctx.outlets.fromHostVariant("daum.co.kr"), null, "a portal");
  assert.equal(ctx.outlets.fromHostVariant("yna.kr"), null, "too short a name");
});

test("reporters of byline lines no other step reads: a portal's outlet-and-name line, a role-first line, a transcript's reporter label", () => {
  const zum = parse(
    "news.zum.com.txt",
    `가나시 도서관 짓는다\n\n연합뉴스TV 홍나래\n원문보기\n[앵커]\n${B1}\n${B2}\n`,
  );
  assert.deepEqual([zum.outlet, names(zum)], ["연합뉴스TV", ["홍나래"]]);
  const roleFirst = parse(
    "page.txt",
    `본문 바로가기\n가나시 도서관 짓는다\n  • 편집장 한도윤 doyun@gana.example\n${B1}\n${B2}\n`,
  );
  assert.deepEqual(names(roleFirst), ["한도윤"]);
  const transcript = parse(
    "page.txt",
    `가나시 도서관 짓는다\n입력 1995.03.05 (21:00)\n박하늘 앵커 :\n${B1}\n정다온 기자 :\n${B2}\n`,
  );
  assert.deepEqual(names(transcript), ["정다온"]);
});

test("section, video and menu labels near the stamps are never reporters (the lexicon's not_names)", () => {
  for (const label of ["동영상", "스포츠", "오늘의 기자"]) {
    const a = parse(
      "page.txt",
      `가나시 도서관 짓는다\n${label}\n입력 2024.03.05 08:30\n${B1}\n${B2}\n`,
    );
    assert.deepEqual(names(a), [], label);
  }
});

test("a saved page's site name (og:site_name, else the <title>'s last part), a feed's channel title and a forward's date | outlet line name the outlet", () => {
  const html = (head: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><article><h1>가나시 도서관 짓는다</h1><p>${B1}</p><p>${B2}</p></article></body></html>`;
  const suffix = parse("saved.html", html("<title>가나시 도서관 짓는다 - 누리일보</title>"));
  assert.deepEqual([suffix.outlet, suffix.title], ["누리일보", "가나시 도서관 짓는다"]);
  assert.ok(suffix.warnings.some((w) => /누리일보.*매체 사전\(outlets\)에 없습니다/.test(w)));
  const og = parse(
    "saved.html",
    html('<meta property="og:site_name" content="누리일보"><title>가나시 도서관 짓는다</title>'),
  );
  assert.equal(og.outlet, "누리일보");
  assert.equal(
    parse("saved.html", html("<title>가나시 도서관 짓는다 | 한겨레</title>")).outlet,
    "한겨레",
  );
  // A portal's own name as the site name is never the outlet.
  assert.equal(
    parse("saved.html", html('<meta property="og:site_name" content="다음뉴스"><title>x</title>'))
      .outlet,
    null,
  );
  const feed = (title: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>https://nuri.example/</link><item><title>가나시 도서관 짓는다</title><link>https://nuri.example/1</link><pubDate>Tue, 05 Mar 2024 08:30:00 +0900</pubDate><description>${B1} ${B2}</description></item></channel></rss>`;
  assert.equal(parse("feed.xml", feed("누리일보 : 지역")).outlet, "누리일보");
  assert.equal(parse("feed.xml", feed("한겨레 - 전체기사")).outlet, "한겨레");
  const mail = (line: string) =>
    `From: 한도윤 <doyun@mail.example>\nSent: Tuesday, March 5, 2024 9:00 AM\nTo: 박하늘 <sky@mail.example>\nSubject: FW: 도서관 기사\n\n가나시 도서관 짓는다\n${line}\n${B1}\n${B2}\n`;
  assert.equal(parse("mail.txt", mail("2024.03.05 08:30 | 누리일보")).outlet, "누리일보");
  assert.equal(parse("mail.txt", mail("한겨레 | 2024-03-05 08:30")).outlet, "한겨레");
});
