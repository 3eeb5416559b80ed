/**
 * What a fresh user's break tests found in the import (team-written inputs): a paste of several
 * page copies keeps its first article and says the rest was not imported; the user's own notes
 * among the clippings are skipped with a reason; a page cut inside `<head>` is a clipped copy of
 * the full one, not a second article.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, utimesSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { decodeBytes } from "../src/decode/decode.ts";
import { repairMojibake } from "../src/decode/mojibake.ts";
import { listMarkdown } from "../src/core/paths.ts";
import { convertFile, createImportContext, importSources } from "../src/import/index.ts";
import { notesReason } from "../src/import/notes.ts";
import { sourcesWith } from "./helpers.ts";

/** A page copy as a browser copies it: menu, headline, stamp, body, byline, footer (invented). */
const pageCopy = (o: { outlet: string; title: string; stamp: string; body: string[] }) =>
  [
    "본문 바로가기",
    o.outlet,
    "로그인 회원가입",
    "정치 경제 사회 국제",
    o.title,
    o.stamp,
    "공유",
    "",
    ...o.body.flatMap((p) => [p, ""]),
    "홍길동 기자 gildong@example.com",
    "",
    "관련기사",
    "가나 지역 공장 증설 본격화",
    "많이 본 기사",
    "1 다음 달 금리 결정 앞두고",
    `ⓒ ${o.outlet} 무단전재 및 재배포 금지`,
    "",
  ].join("\n");

const FIRST = pageCopy({
  outlet: "가나일보",
  title: "한빛전자, 청주에 두 번째 배터리 공장 짓는다",
  stamp: "입력 2026-03-17 10:42",
  body: [
    "한빛전자가 충북 청주에 두 번째 배터리 공장을 짓는다고 17일 밝혔다. 투자 규모는 2조원이다.",
    "회사는 내년 하반기 착공해 2029년부터 양산에 들어갈 계획이라고 설명했다. 신규 채용은 500명이다.",
    "업계에서는 전기차 수요 둔화에도 장기 공급 계약이 늘어난 데 따른 결정으로 보고 있다.",
    "청주시는 공장 부지 주변 도로와 용수 시설을 먼저 정비하겠다며 행정 절차를 서두르겠다고 밝혔다.",
  ],
});
const SECOND = pageCopy({
  outlet: "다라뉴스",
  title: "전통시장 상인들, 온라인 장보기 서비스 공동 운영",
  stamp: "입력 2026-04-08 20:14",
  body: [
    "서울 시내 전통시장 상인들이 온라인 장보기 서비스를 함께 운영하기로 했다고 8일 밝혔다.",
    "참여 시장은 모두 12곳으로, 주문을 받으면 두 시간 안에 집 앞까지 배달해 준다고 설명했다.",
    "상인회 관계자는 젊은 손님을 다시 시장으로 부르기 위한 시도라고 말했다. 첫 달 배송비는 무료다.",
    "서울시는 배달 차량과 포장재 비용 일부를 올해 말까지 지원하고 결과를 보고 대상을 넓히기로 했다.",
  ],
});

test("a paste of several page copies: the first is the article, and the report says another follows and was not imported", () => {
  const { sourcesDir, articlesDir } = sourcesWith({
    "paste.txt": FIRST + SECOND + SECOND,
    // The same first article alone (other bytes): a duplicate whose reason says what was compared.
    "single.txt": FIRST.replace("공유\n", "공유\n스크랩\n"),
  });
  const report = importSources({ sourcesDir, articlesDir });
  const r = (f: string) => report.results.find((x) => x.file === f)!;
  assert.equal(r("paste.txt").status, "imported");
  const warning = r("paste.txt").warnings.find((w) => w.startsWith("이 파일의 첫 기사만"));
  assert.ok(warning, r("paste.txt").warnings.join("\n"));
  assert.match(
    warning,
    /본문이 15번째 줄에서 끝남\): 뒤에 다른 기사\("전통시장 상인들, 온라인 장보기 서비스 공동 운영", 2026-04-08\)가 이어지며/,
  );
  assert.equal(r("single.txt").status, "skipped");
  assert.equal(
    r("single.txt").reason,
    "paste.txt의 중복(같은 매체·제목·날짜·본문, 파일의 다른 부분만 다름)",
  );
  assert.deepEqual(r("single.txt").warnings, [], "the single copy holds one article only");
});

test("a page copy whose related headlines, rankings and footer follow the body is one article, with no warning about more", () => {
  const { sourcesDir, articlesDir } = sourcesWith({ "one.txt": FIRST });
  const [result] = importSources({ sourcesDir, articlesDir }).results;
  assert.equal(result.status, "imported");
  assert.ok(!result.warnings.some((w) => /first article/.test(w)), result.warnings.join("\n"));
});

const NOTES = [
  "# 스크랩 정리 메모",
  "",
  "가나일보 기사들을 읽고 적은 메모입니다.",
  "",
  "## 한빛전자 공장",
  "- 제목: 한빛전자, 청주에 두 번째 배터리 공장 짓는다",
  "- 매체: 가나일보 · ⓒ 가나일보 무단전재 및 재배포 금지",
  "- 확인할 것: 투자 규모",
  "",
  "## 전통시장",
  "- 다라뉴스 기사, 배송비 확인",
  "- 상인회 연락처 찾기",
  "",
].join("\n");

test("the user's Markdown notes among the clippings are skipped with a reason, though they quote an outlet; an article in Markdown is not", () => {
  const article = [
    "# 한빛전자, 청주에 두 번째 배터리 공장 짓는다",
    "",
    "입력 2026-03-17 10:42",
    "",
    "## 투자 규모",
    "",
    "한빛전자가 충북 청주에 두 번째 배터리 공장을 짓는다고 17일 밝혔다.",
    "",
    "- 투자: 2조원",
    "- 채용: 500명",
  ].join("\n");
  const { sourcesDir, articlesDir } = sourcesWith({ "memo.md": NOTES, "saved.md": article });
  const report = importSources({ sourcesDir, articlesDir });
  const r = (f: string) => report.results.find((x) => x.file === f)!;
  assert.equal(r("memo.md").status, "skipped");
  assert.equal(
    r("memo.md").reason,
    "기사 아님: 메모 파일(9줄에 Markdown 제목 3개, 목록 항목 5개, 날짜와 바이라인 없음). 기사라면 날짜나 바이라인이 있습니다",
  );
  assert.equal(r("saved.md").status, "imported", "a dated article saved as Markdown is read");
  // Judged only without date and byline; a file of paragraphs is no notes file.
  assert.equal(notesReason(NOTES, { date: "2026-03-17T10:42:00+09:00", reporters: [] }), null);
  assert.equal(notesReason("제목\n\n첫 문단.\n\n둘째 문단.", { date: null, reporters: [] }), null);
});

test("a short memo of one heading and two items is notes too, though the reader finds no body in it", () => {
  const memo = "# 메모\n- 확인할 것: 한빛전자 투자액\n- 기자에게 전화\n";
  const { sourcesDir, articlesDir } = sourcesWith({ "notes.md": memo });
  const [result] = importSources({ sourcesDir, articlesDir }).results;
  assert.equal(result.status, "skipped");
  assert.equal(
    result.reason,
    "기사 아님: 메모 파일(3줄에 Markdown 제목 1개, 목록 항목 2개, 날짜와 바이라인 없음). 기사라면 날짜나 바이라인이 있습니다",
  );
  // One heading alone is a headline, not notes.
  assert.equal(notesReason("# 한빛전자 공장", { date: null, reporters: [] }), null);
});

test("a saved page cut inside <head> (only its skip link left as body) is a clipped copy: the full copy is the article, whichever file is newer", () => {
  const head = (rest: string) =>
    [
      "<!DOCTYPE html>",
      '<html lang="ko"><head><meta charset="utf-8">',
      '<meta property="og:site_name" content="가나일보">',
      '<meta property="og:title" content="한빛전자, 청주에 두 번째 배터리 공장 짓는다">',
      '<meta property="article:published_time" content="2026-03-17T10:42:00+09:00">',
      rest,
    ].join("\n");
  const full = head(
    `</head><body><a href="#c">본문 바로가기</a><article id="c"><h1>한빛전자, 청주에 두 번째 배터리 공장 짓는다</h1><p>한빛전자가 충북 청주에 두 번째 배터리 공장을 짓는다고 17일 밝혔다. 투자 규모는 2조원이다.</p><p>회사는 내년 하반기 착공해 2029년부터 양산에 들어갈 계획이라고 설명했다.</p></article></body></html>`,
  );
  const cut = head('</head><body><a href="#c">본문 바로가기</a>');
  for (const [cutTime, fullTime] of [
    ["2026-03-18T00:00:00Z", "2026-03-17T00:00:00Z"],
    ["2026-03-16T00:00:00Z", "2026-03-17T00:00:00Z"],
  ]) {
    const { sourcesDir, articlesDir } = sourcesWith({ "a-full.html": full, "b-cut.html": cut });
    utimesSync(path.join(sourcesDir, "b-cut.html"), new Date(cutTime), new Date(cutTime));
    utimesSync(path.join(sourcesDir, "a-full.html"), new Date(fullTime), new Date(fullTime));
    const report = importSources({ sourcesDir, articlesDir });
    const r = (f: string) => report.results.find((x) => x.file === f)!;
    assert.equal(r("a-full.html").status, "imported");
    assert.equal(r("b-cut.html").status, "skipped");
    assert.match(
      r("b-cut.html").reason!,
      /^a-full\.html의 덜 온전한 사본\(같은 매체·제목·날짜(; 이 파일이 더 새것이지만)?\)\. 기사는 a-full\.html: 본문이 더 김\(\d+자 대 \d+자\)/,
    );
  }
});

/** UTF-8 bytes of `text` read as Latin-1 (each byte one character), saved again as UTF-8. */
const viaLatin1 = (text: string) =>
  Buffer.from(Buffer.from(text, "utf8").toString("latin1"), "utf8");
/**
 * The same through Windows-1252 as a browser reads it (0x80–0x9F are €‚ƒ„…; the five bytes it
 * leaves undefined stay C1 controls), or as a lossy converter does (those five become U+FFFD).
 */
const viaCp1252 = (text: string, lossy = false) =>
  Buffer.from(
    [...Buffer.from(text, "utf8")]
      .map((b) => {
        const ch = iconv.decode(Buffer.of(b), "windows-1252");
        return ch === "\uFFFD" && !lossy ? String.fromCharCode(b) : ch;
      })
      .join(""),
    "utf8",
  );

const WIRE = [
  "한빛화학, 울산에 수소 저장 설비 짓는다",
  "2026-10-05 09:30",
  "(서울=연합뉴스) 홍길동 기자 = 한빛화학이 울산 공장에 수소 저장 설비를 짓는다고 5일 밝혔다.",
  "회사 관계자는 “내년 상반기에 시운전을 시작한다”며 ‘첫 단계’라고 말했다. 투자액은 1,200억원이다.",
  "",
].join("\n");

test("a UTF-8 article once read as Latin-1 or Windows-1252 and saved again is repaired byte for byte, with a Korean warning that says so", () => {
  const { sourcesDir, articlesDir } = sourcesWith({
    "latin1.txt": viaLatin1(WIRE),
    "cp1252.txt": viaCp1252(WIRE.replace("한빛화학", "가나다화학")),
  });
  const mojibake = readFileSync(path.join(sourcesDir, "latin1.txt"), "utf8");
  assert.match(
    mojibake,
    /^í\u0095\u009c/,
    "the input is the mojibake the tester met (한 = í + two C1)",
  );
  const report = importSources({ sourcesDir, articlesDir });
  for (const [file, title] of [
    ["latin1.txt", "한빛화학, 울산에 수소 저장 설비 짓는다"],
    ["cp1252.txt", "가나다화학, 울산에 수소 저장 설비 짓는다"],
  ]) {
    const r = report.results.find((x) => x.file === file)!;
    assert.equal(r.status, "imported", `${file}: ${r.reason}`);
    const written = readFileSync(path.join(articlesDir, r.article!), "utf8");
    assert.match(written, new RegExp(`^title: "?${title}"?$`, "m"));
    const warning = r.warnings.find((w) => w.startsWith("글자가 깨져 있던"));
    assert.ok(warning, r.warnings.join("\n"));
    assert.match(warning, /^글자가 깨져 있던 3줄을 되살렸습니다: UTF-8 파일을 Latin-1\(서유럽어\)/);
    assert.match(
      warning,
      new RegExp(
        `→ "${title.slice(0, 8)}…"\\)\\. 되살린 글자는 원래 바이트와 정확히 같습니다\\. 원본을 UTF-8로`,
      ),
    );
  }
  const bodies = listMarkdown(articlesDir).map((f) =>
    readFileSync(path.join(articlesDir, f), "utf8"),
  );
  assert.ok(bodies.every((b) => b.includes("“내년 상반기에 시운전을 시작한다”며 ‘첫 단계’라고")));
  assert.ok(
    bodies.every((b) => !/[\u00C0-\u00FF]/.test(b)),
    "no Latin-1 letter is left",
  );
});

test("mojibake whose bytes were lost on the way (a converter that drops Windows-1252's undefined bytes) is skipped with the reason, not imported as garbage", () => {
  const lossy = viaCp1252(WIRE, true);
  assert.ok(lossy.toString("utf8").includes("\uFFFD"), "the lossy converter lost bytes");
  const { sourcesDir, articlesDir } = sourcesWith({ "lost.txt": lossy });
  const [r] = importSources({ sourcesDir, articlesDir }).results;
  assert.equal(r.status, "skipped");
  assert.equal(
    r.reason,
    "글자가 깨진 파일: UTF-8 파일을 Latin-1(서유럽어) 인코딩으로 잘못 읽고 다시 저장한 것으로 보이는데, 그 과정에서 바이트가 빠져 원래 글자로 되돌릴 수 없습니다. 원본 기사를 UTF-8로 다시 저장하세요",
  );
});

/** The CP949 bytes of `text` read as Latin-1 or Windows-1252 (as `viaCp1252`), saved as UTF-8. */
const cp949Via = (text: string, reading: "latin1" | "windows-1252") =>
  Buffer.from(
    [...iconv.encode(text, "cp949")]
      .map((b) => {
        const ch = iconv.decode(Buffer.of(b), reading);
        return ch === "\uFFFD" ? String.fromCharCode(b) : ch;
      })
      .join(""),
    "utf8",
  );

test("a CP949 (Korean Windows) article once read as Latin-1 or Windows-1252 and saved as UTF-8 is repaired byte for byte, symbol lines too, with a warning naming CP949", () => {
  const text = `${WIRE}COPYRIGHT ⓒ 가나일보 ALL RIGHTS RESERVED\nⓒ\n`;
  for (const reading of ["latin1", "windows-1252"] as const) {
    const misread = cp949Via(text, reading);
    assert.match(misread.toString("utf8"), /^ÇÑºûÈ­ÇÐ/, "한빛화학 as Latin-1 shows it");
    const decoded = decodeBytes(misread);
    assert.ok(decoded.ok);
    assert.equal(decoded.text, text);
    assert.match(
      decoded.warning!,
      /^글자가 깨져 있던 5줄을 되살렸습니다: CP949\(한국어 Windows\) 파일을 Latin-1\(서유럽어\) 인코딩으로 잘못 읽고 다시 저장한 파일입니다\("ÇÑºûÈ­ÇÐ, ¿ï…" → "한빛화학, 울산…"\)\. 되살린 글자는 원래 바이트와 정확히 같습니다\. 원본을 UTF-8로/,
    );
  }
});

test("the CP949 repair leaves Latin text alone, even where Ä or Ç before a letter is a CP949 syllable, and any file with Hangul of its own", () => {
  const latin = [
    "Ägypten, Çatalhöyük, Ärger, Ölpreis, Übersee: Äa Äb Äc Åd Æe Ça Çe Ço Ãa Ãb.",
    "Ägäis und Ärmelkanal; Çanakkale, Çorum.",
  ].join("\n");
  const fix = repairMojibake(latin);
  assert.equal(fix.repaired, 0);
  assert.equal(fix.text, latin);
  // A Korean file quoting a CP949-shaped fragment keeps it: the file has Hangul of its own.
  const quoted = `${WIRE}${cp949Via("깨진 글자 예시", "latin1").toString("utf8")}\n`;
  assert.equal(repairMojibake(quoted).text, quoted);
});

test("real Latin text is never repaired: French and German words, café, and a Korean article quoting them", () => {
  const latin = [
    "Le café où l’on déjeune — Straße, Größe, naïve, Ærø, coût, à côté, Ça va ?",
    "Ã©té is how é looks when misread; ì è í ê ë are Italian and French letters.",
  ].join("\n");
  for (const text of [latin, `${WIRE}\n${latin}\n`]) {
    const decoded = decodeBytes(Buffer.from(text, "utf8"));
    assert.ok(decoded.ok);
    assert.equal(decoded.text, text);
    assert.equal(decoded.warning, undefined);
  }
  // In Windows-1252 bytes, a lone é (E9) is no UTF-8: nothing to undo either.
  assert.equal(
    repairMojibake(iconv.decode(iconv.encode(latin, "windows-1252"), "latin1")).repaired,
    0,
  );
  // A Korean article with one mojibake line quoted: that line alone is undone, the rest kept.
  const quoted = `${WIRE}${viaLatin1("깨진 글자 예시").toString("utf8")}\n`;
  const fixed = repairMojibake(quoted);
  assert.equal(fixed.repaired, 1);
  assert.equal(fixed.text, `${WIRE}깨진 글자 예시\n`);
  assert.equal(fixed.unrepairable, false);
});

test("in a file shown misread by its Hangul lines, a line of quotes and symbols alone is undone too; alone, such a line is left as it is", () => {
  const quotes = "“Quote” — 100 € ©";
  const text = `${WIRE}${quotes}\n`;
  const misread = viaCp1252(text).toString("utf8");
  assert.equal(repairMojibake(misread).text, text);
  const alone = viaCp1252(quotes).toString("utf8");
  assert.equal(repairMojibake(alone).text, alone, "no Hangul anywhere: nothing is touched");
});

test("a file misread twice is undone twice; a UTF-8 BOM misread with it is kept as U+FEFF for the cleaner", () => {
  const twice = viaLatin1(viaLatin1("두 번 깨진 제목").toString("utf8")).toString("utf8");
  assert.equal(repairMojibake(twice).text, "두 번 깨진 제목");
  const bom = viaLatin1("\uFEFF제목\n본문 첫 문장.").toString("utf8");
  assert.equal(repairMojibake(bom).text, "\uFEFF제목\n본문 첫 문장.");
});

/** Two short articles typed or pasted as plain text, one under the other, with no page furniture (invented). */
const PLAIN_PAIR = [
  "다온식품, 베트남에 라면 공장 세운다",
  "",
  "2026.05.11 07:30",
  "윤하늘 기자",
  "",
  "다온식품이 베트남 하노이 인근에 라면 공장을 세운다. 회사는 내년 봄 가동을 목표로 하고 있다고 밝혔다.",
  "",
  "공장이 완공되면 현지에서 연간 3억 개의 라면을 만들 수 있게 된다. 투자 규모는 800억원이다.",
  "",
  "윤하늘 기자 haneul@daon.example.com",
  "",
  "",
  "바름제약, 비만 치료제 임상 3상 돌입",
  "",
  "입력 2026.03.02 14:10",
  "문가람 기자 garam@bareum.example.kr",
  "",
  "바름제약이 비만 치료제 후보물질의 임상 3상을 시작한다. 회사는 국내 병원 20곳에서 환자를 모집한다.",
  "",
  "결과는 2028년에 나올 예정이다. 업계는 국산 비만약의 첫 사례가 될지 주목하고 있다.",
  "",
  "문가람 기자 garam@bareum.example.kr",
  "ⓒ 바름뉴스 무단전재 및 재배포 금지",
  "",
].join("\n");

test("two plain-text articles pasted one under the other: the first alone is imported (its byline, not the second's outlet) and the report names where it ends and the next headline", () => {
  const r = convertFile(Buffer.from(PLAIN_PAIR), "pair.txt", createImportContext());
  assert.ok(!("skip" in r));
  const { meta, paragraphs } = r.article;
  assert.equal(meta.title, "다온식품, 베트남에 라면 공장 세운다");
  assert.equal(meta.date, "2026-05-11T07:30:00+09:00");
  assert.deepEqual(meta.reporters, [{ name: "윤하늘", email: "haneul@daon.example.com" }]);
  assert.equal(meta.outlet, null, "the second article's copyright line names its own outlet");
  assert.equal(paragraphs.length, 2);
  assert.ok(paragraphs.at(-1)!.startsWith("공장이 완공되면"));
  const warning = r.warnings.find((w) => w.startsWith("이 파일의 첫 기사만"));
  assert.match(
    warning ?? r.warnings.join("\n"),
    /본문이 8번째 줄에서 끝남\): 뒤에 다른 기사\("바름제약, 비만 치료제 임상 3상 돌입", 2026-03-02\)가 이어지며/,
  );
});

test("an article whose signed text is followed by its own dated correction, or which quotes a date on a line, stays one article with no warning", () => {
  const text = [
    "라온시, 시내버스 요금 동결",
    "입력 2026.06.03 09:00",
    "한솔 기자",
    "라온시가 올해 시내버스 요금을 동결하기로 했다. 시는 물가 부담을 덜기 위한 결정이라고 설명했다.",
    "시는 지난해 결정을 이렇게 공지했다.",
    "2025.06.01 10:00",
    "요금 조정은 내년 상반기에 다시 논의한다고 시 관계자는 덧붙였다. 시의회도 이에 동의했다.",
    "한솔 기자 sol@raon.example.com",
    "[바로잡습니다]",
    "수정 2026.06.04 11:20",
    "이 기사의 첫 보도에서 동결 기간을 잘못 적어 바로잡습니다. 독자 여러분께 사과드립니다.",
    "",
  ].join("\n");
  const r = convertFile(Buffer.from(text), "one.txt", createImportContext());
  assert.ok(!("skip" in r));
  assert.deepEqual(
    r.warnings.filter((w) => w.startsWith("이 파일의 첫 기사만")),
    [],
  );
  assert.equal(r.article.meta.date, "2026-06-03T09:00:00+09:00");
  assert.ok(r.article.paragraphs.some((p) => p.startsWith("요금 조정은")));
});
