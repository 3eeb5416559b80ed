/**
 * Forwarded e-mails (Outlook, Gmail, Naver / Daum Mail): the forwarded article is the body, the
 * header block never reaches it, and the private addresses of sender and recipients are not
 * published. Every input is written here (invented people, companies and addresses).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { convertFile, createImportContext, importSources } from "../src/import/index.ts";
import { createParseContext } from "../src/parse/index.ts";
import { isFurnitureLine } from "../src/parse/reader/furniture.ts";
import { parseArticleFile } from "../src/core/article.ts";
import { sentDate } from "../src/parse/layouts/email.ts";
import { compileDates } from "../src/parse/dates.ts";
import { loadLexicon } from "../src/core/lexicon.ts";
import { sourcesWith } from "./helpers.ts";

/** A news page copy as someone would paste it under a forward header. */
const STORY = [
  "한빛전자, 세종에 배터리 공장 착공",
  "입력 2024.03.04 09:15",
  "",
  "한빛전자가 4일 세종시에서 배터리 공장 착공식을 열었다. 회사는 2026년 가동을 목표로 2조원을 투입한다.",
  "",
  '회사 관계자는 "지역에서 500명을 새로 뽑을 계획"이라고 말했다.',
  "",
  "김하늘 기자 sky@hanbit-news.example",
].join("\n");

const PRIVATE = [
  "chulsoo.kim@acme-corp.example",
  "younghee.lee@acme-corp.example",
  "team-pr@acme-corp.example",
  "minsu77@mailbox.example",
  "jiwoo@mailbox.example",
];

const FORWARDS: Record<string, string> = {
  "outlook.txt": [
    "팀장님, 오늘 아침 기사 공유드립니다.",
    "",
    "-----Original Message-----",
    "From: 김철수 <chulsoo.kim@acme-corp.example>",
    "Sent: Tuesday, March 5, 2024 3:20 PM",
    "To: 이영희 <younghee.lee@acme-corp.example>; 홍보팀",
    "Cc: team-pr@acme-corp.example",
    "Subject: FW: [기사] 한빛전자 배터리 공장",
    "",
    STORY,
  ].join("\n"),
  "gmail.txt": [
    "---------- Forwarded message ---------",
    "보낸사람: 박민수 <minsu77@mailbox.example>",
    "Date: 2024년 3월 5일 (화) 오후 3:20",
    "Subject: Fwd: 한빛전자 배터리 공장",
    "To: <jiwoo@mailbox.example>",
    "",
    "",
    STORY,
  ].join("\n"),
  "naver.txt": [
    "-----Original Message-----",
    'From: "김철수"<chulsoo.kim@acme-corp.example>',
    'To: "이영희"<younghee.lee@acme-corp.example>;',
    "Cc: ",
    "Sent: 2024-03-05 (화) 15:20:11 (GMT+09:00)",
    "Subject: 한빛전자 배터리 공장 기사",
    "",
    STORY,
  ].join("\n"),
  "daum.txt": [
    "----- 원본 메일 -----",
    "보낸 사람: 박민수 <minsu77@mailbox.example>",
    "받는 사람: 지우 <jiwoo@mailbox.example>, team-pr@acme-corp.example",
    "날짜: 2024년 3월 5일 화요일, 15시 20분 11초 +0900",
    "제목: 전달: 한빛전자 배터리 공장",
    "",
    STORY,
  ].join("\n"),
};

function importAll(files: Record<string, string>) {
  const { sourcesDir, articlesDir } = sourcesWith(files);
  const report = importSources({ sourcesDir, articlesDir });
  const result = (f: string) => report.results.find((r) => r.file === f)!;
  const raw = (f: string) => readFileSync(path.join(articlesDir, result(f).article!), "utf8");
  return { report, result, raw, article: (f: string) => parseArticleFile(raw(f)) };
}

for (const file of Object.keys(FORWARDS)) {
  test(`a forwarded e-mail (${file}) is read as an e-mail: the forwarded article, no header, no private address`, () => {
    const { result, raw, article } = importAll({ [file]: FORWARDS[file] });
    assert.equal(result(file).status, "imported");
    assert.equal(result(file).layout, "email");
    const a = article(file);
    assert.equal(a.meta.title, "한빛전자, 세종에 배터리 공장 착공");
    // The article's own date, not the day the mail was sent.
    assert.equal(a.meta.date, "2024-03-04T09:15:00+09:00");
    assert.equal(a.meta.dateSource, "text");
    assert.match(a.body, /^한빛전자가 4일 세종시에서/);
    assert.match(a.body, /500명을 새로 뽑을 계획/);
    assert.doesNotMatch(a.body, /Original Message|Forwarded|원본 메일|Subject|제목:|보낸/i);
    assert.doesNotMatch(a.body, /공유드립니다/, "the forwarder's note is not the article");
    for (const addr of PRIVATE) assert.ok(!raw(file).includes(addr), `${addr} is published`);
    assert.deepEqual(a.meta.reporters, [{ name: "김하늘", email: "sky@hanbit-news.example" }]);
  });
}

test("a forward whose article gives no date takes the sent date, and the subject when it has no headline", () => {
  const body = [
    "한빛전자가 4일 세종시에서 배터리 공장 착공식을 열었다. 회사는 2026년 가동을 목표로 2조원을 투입한다.",
    "",
    '회사 관계자는 "지역에서 500명을 새로 뽑을 계획"이라고 말했다. 문의는 minsu77@mailbox.example 로 하면 된다.',
  ].join("\n");
  const mail = [
    "---------- Forwarded message ---------",
    "From: 박민수 <minsu77@mailbox.example>",
    "Date: Tue, Mar 5, 2024 at 3:20 PM",
    "Subject: Fwd: 한빛전자 세종 공장 착공",
    "To: 지우 <jiwoo@mailbox.example>",
    "",
    body,
  ].join("\n");
  const { result, raw, article } = importAll({ "nodate.txt": mail });
  const a = article("nodate.txt");
  assert.equal(a.meta.title, "한빛전자 세종 공장 착공");
  assert.equal(a.meta.date, "2024-03-05T15:20:00+09:00");
  assert.ok(
    result("nodate.txt").warnings.some((w) => /메일을 보낸 날짜/.test(w)),
    "the report says the date is the mail's",
  );
  // A header address repeated in the text is not published either.
  for (const addr of PRIVATE) assert.ok(!raw("nodate.txt").includes(addr), `${addr} is published`);
  assert.match(a.body, /500명을 새로 뽑을 계획/);
});

test("mail clients' sent dates are read (Korea time unless an offset is given)", () => {
  const dates = compileDates(loadLexicon());
  assert.equal(
    sentDate("2024-03-05 (화) 15:20:11 (GMT+09:00)", dates),
    "2024-03-05T15:20:11+09:00",
  );
  assert.equal(
    sentDate("2024년 3월 5일 화요일, 15시 20분 11초 +0900", dates),
    "2024-03-05T15:20:11+09:00",
  );
  assert.equal(sentDate("2024년 3월 5일 (화) 오후 3:20", dates), "2024-03-05T15:20:00+09:00");
  assert.equal(sentDate("Tuesday, March 5, 2024 3:20 PM", dates), "2024-03-05T15:20:00+09:00");
  assert.equal(
    sentDate("2024-03-05 (화) 06:20:11 (GMT+00:00)", dates),
    "2024-03-05T15:20:11+09:00",
  );
  assert.equal(sentDate("지난주 화요일", dates), null);
});

/** A newsletter forwarded by mail: its article signed off, then the newsletter's own footer row (invented). */
const LETTER = (footer: string) =>
  [
    "---------- 전달된 메시지 ----------",
    "보낸 사람: 다온경제 레터 <letter@daon.example.kr>",
    "날짜: 2026년 4월 6일 (월) 오전 6:30",
    "제목: [아침레터] 가람해운, 친환경 선박 발주",
    "받는 사람: <reader@example.com>",
    "",
    "가람해운, 메탄올 추진선 6척 발주",
    "",
    "입력 2026.04.05 19:40",
    "서예린 기자",
    "",
    "가람해운이 메탄올을 연료로 쓰는 컨테이너선 6척을 국내 조선소에 발주했다. 계약 규모는 1조원이다.",
    "",
    "회사는 2030년까지 선대의 절반을 친환경 선박으로 바꾸겠다는 목표를 내놓았다.",
    "",
    "서예린 기자 yerin@daon.example.kr",
    "",
    footer,
    "",
  ].join("\n");

test("a newsletter's footer row of furniture items (unsubscribe | send-only notice) is furniture, never part of the byline", () => {
  const ctx = createImportContext();
  for (const footer of [
    "수신거부하기 | 본 메일은 발신 전용 주소에서 보냈습니다",
    "구독해지 ㅣ 수신설정",
  ]) {
    const r = convertFile(Buffer.from(LETTER(footer)), "letter.txt", ctx);
    assert.ok(!("skip" in r));
    assert.deepEqual(
      r.article.meta.reporters,
      [{ name: "서예린", email: "yerin@daon.example.kr" }],
      footer,
    );
    assert.ok(r.article.paragraphs.at(-1)!.startsWith("회사는 2030년까지"), footer);
  }
  const rules = createParseContext().furniture;
  assert.equal(isFurnitureLine("로그인 | 회원가입 | 수신거부", rules), true);
  assert.equal(isFurnitureLine("가람해운 | 메탄올 추진선 발주에 웃었다", rules), false);
});

test("a byline takes no line after it that is a sentence, though bar-parted like a signature (`이름 | 역할`)", () => {
  const ctx = createImportContext();
  const notice = convertFile(
    Buffer.from(LETTER("안내센터 | 다음 호는 월요일에 보내드립니다")),
    "a.txt",
    ctx,
  );
  assert.ok(!("skip" in notice));
  assert.deepEqual(
    notice.article.meta.reporters.map((r) => r.name),
    ["서예린"],
  );
  // A signature of a name and a role after a bar is still the writer's.
  const signed = convertFile(Buffer.from(LETTER("박서연 | 문화평론가")), "b.txt", ctx);
  assert.ok(!("skip" in signed));
  assert.deepEqual(
    signed.article.meta.reporters.map((r) => [r.name, r.role]),
    [
      ["서예린", undefined],
      ["박서연", "문화평론가"],
    ],
  );
});
