/**
 * Corrections are never lost: a corrected version of an article (same outlet, title and date,
 * other text) becomes the article and the report says so; a source changed after a hand edit is
 * named with a way to see the difference; --force over a hand edit keeps a backup.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { importSources } from "../src/import/index.ts";
import { formatReport } from "../src/cli/report.ts";
import { tempDir } from "./helpers.ts";

const article = (extra: string) =>
  [
    "한빛전자, 새 공장 착공",
    "2024-03-05 10:00",
    "",
    `한빛전자가 5일 새 공장을 착공했다.${extra}`,
    "",
    "회사는 내년 말 가동을 목표로 한다.",
    "",
  ].join("\n");

function folders() {
  const root = tempDir();
  const sourcesDir = path.join(root, "sources");
  mkdirSync(sourcesDir);
  return { sourcesDir, articlesDir: path.join(root, "articles") };
}

test("a corrected version (same outlet, title and date, other text) becomes the article, whichever file name sorts first; the report says which", () => {
  const { sourcesDir, articlesDir } = folders();
  writeFileSync(path.join(sourcesDir, "b-original.txt"), article(""));
  writeFileSync(
    path.join(sourcesDir, "a-corrected.txt"),
    article(" 투자액은 3조원이다(바로잡음)."),
  );
  // The correction is the newer file, though its name sorts first.
  utimesSync(
    path.join(sourcesDir, "b-original.txt"),
    new Date("2024-03-05T01:00:00Z"),
    new Date("2024-03-05T01:00:00Z"),
  );
  utimesSync(
    path.join(sourcesDir, "a-corrected.txt"),
    new Date("2024-03-05T05:00:00Z"),
    new Date("2024-03-05T05:00:00Z"),
  );
  const report = importSources({ sourcesDir, articlesDir });
  const r = (f: string) => report.results.find((x) => x.file === f)!;
  assert.equal(r("a-corrected.txt").status, "imported");
  assert.equal(r("b-original.txt").status, "skipped");
  assert.equal(
    r("b-original.txt").reason,
    "a-corrected.txt의 이전 판(같은 매체·제목·날짜, 다른 본문). 기사는 더 새 파일인 a-corrected.txt",
  );
  assert.match(
    readFileSync(path.join(articlesDir, r("a-corrected.txt").article!), "utf8"),
    /투자액은 3조원이다\(바로잡음\)/,
  );
  // In name order the other way round: the newer file still wins, and the report says so.
  const second = folders();
  writeFileSync(path.join(second.sourcesDir, "a-original.txt"), article(""));
  writeFileSync(
    path.join(second.sourcesDir, "b-corrected.txt"),
    article(" 투자액은 3조원이다(바로잡음)."),
  );
  utimesSync(
    path.join(second.sourcesDir, "a-original.txt"),
    new Date("2024-03-05T01:00:00Z"),
    new Date("2024-03-05T01:00:00Z"),
  );
  const again = importSources(second);
  const s = (f: string) => again.results.find((x) => x.file === f)!;
  assert.equal(s("b-corrected.txt").status, "updated");
  assert.match(
    s("b-corrected.txt").warnings.join("\n"),
    /^a-original\.txt의 고친 판.*: 기사는 이제 이 파일의 글입니다$/m,
  );
  assert.match(
    s("a-original.txt").warnings.join("\n"),
    /기사는 이제 고친 판 b-corrected\.txt의 글입니다/,
  );
  assert.match(
    readFileSync(path.join(second.articlesDir, s("b-corrected.txt").article!), "utf8"),
    /바로잡음/,
  );
  assert.match(formatReport(again), /b-corrected\.txt: a-original\.txt의 고친 판/);
});

test("source changed after a hand edit: the edit is kept, the report names the file and how to see the difference", () => {
  const { sourcesDir, articlesDir } = folders();
  writeFileSync(path.join(sourcesDir, "a.txt"), article(""));
  const first = importSources({ sourcesDir, articlesDir });
  const rel = first.results[0].article!;
  const abs = path.join(articlesDir, rel);
  writeFileSync(
    abs,
    readFileSync(abs, "utf8").replace("새 공장을 착공했다.", "새 공장을 착공했다(손으로 고침)."),
  );
  writeFileSync(path.join(sourcesDir, "a.txt"), article(" 투자액은 3조원이다."));
  const again = importSources({ sourcesDir, articlesDir });
  const r = again.results[0];
  assert.equal(r.status, "kept");
  const note = r.warnings.join("\n");
  assert.match(
    note,
    new RegExp(
      `원본 a\\.txt이\\(가\\) 바뀌었습니다: 고친 글은 그대로 두고, 새 원본으로 sillok이 쓴 글은 \\.sillok/incoming/${rel.replace(/[./]/g, "\\$&")}에 두었습니다\\(차이 보기: 기사 폴더에서 diff ${rel.replace(/[./]/g, "\\$&")} \\.sillok/incoming/`,
    ),
  );
  assert.match(readFileSync(abs, "utf8"), /손으로 고침/);
  assert.match(
    readFileSync(path.join(articlesDir, ".sillok", "incoming", rel), "utf8"),
    /투자액은 3조원이다/,
  );
  assert.match(
    formatReport(again),
    /a\.txt: 손으로 고친 기사인데 그 뒤 원본 a\.txt이\(가\) 바뀌었습니다/,
  );
});

test("--force over a hand edit keeps a backup, and the report says where", () => {
  const { sourcesDir, articlesDir } = folders();
  writeFileSync(path.join(sourcesDir, "a.txt"), article(""));
  const rel = importSources({ sourcesDir, articlesDir }).results[0].article!;
  const abs = path.join(articlesDir, rel);
  const edited = readFileSync(abs, "utf8").replace(
    "새 공장을 착공했다.",
    "새 공장을 착공했다(손으로 고침).",
  );
  writeFileSync(abs, edited);
  const forced = importSources({ sourcesDir, articlesDir, force: true });
  const r = forced.results[0];
  assert.equal(r.status, "updated");
  const m = /고친 글은 (\.sillok\/backup\/\S+)에 백업했습니다/.exec(r.warnings.join("\n"));
  assert.ok(m, r.warnings.join("\n"));
  assert.ok(m[1].endsWith(rel));
  assert.equal(
    readFileSync(path.join(articlesDir, m[1]), "utf8"),
    edited,
    "the backup is the hand edit, byte for byte",
  );
  assert.doesNotMatch(readFileSync(abs, "utf8"), /손으로 고침/);
  assert.match(formatReport(forced), /고친 글은 \.sillok\/backup\/.*에 백업했습니다/);
  // A --force that overwrites nothing edited makes no backup.
  const quiet = importSources({ sourcesDir, articlesDir, force: true });
  assert.ok(quiet.results[0].warnings.every((w) => !/백업/.test(w)));
  assert.ok(existsSync(path.join(articlesDir, m[1])));
});

/** The same story in full (three paragraphs, a byline with an e-mail, a copyright line). */
const FULL = [
  "다온전자, 세종에 배터리 공장 착공",
  "2024-03-05 10:00",
  "",
  "다온전자가 5일 세종시에서 배터리 공장 착공식을 열었다. 회사는 2026년 가동을 목표로 2조원을 투입한다.",
  "",
  '회사 관계자는 "지역에서 500명을 새로 뽑을 계획"이라고 말했다. 세종시는 도로와 용수를 지원하기로 했다.',
  "",
  "업계는 배터리 수요가 다시 늘 것으로 본다. 다온전자는 유럽 공장 증설도 검토하고 있다.",
  "",
  "김하늘 기자 sky@hanbit-news.example",
].join("\n");
/** A copy of it cut off after the first paragraph (a page saved before it finished loading). */
const CUT = FULL.split("\n").slice(0, 4).join("\n");

function withTimes(sourcesDir: string, files: Record<string, [string, string]>) {
  for (const [name, [text, time]] of Object.entries(files)) {
    writeFileSync(path.join(sourcesDir, name), text);
    utimesSync(path.join(sourcesDir, name), new Date(time), new Date(time));
  }
}

test("a newer but shorter copy of the same article never replaces the full one; the report says which copy was kept and why", () => {
  for (const [full, cut] of [
    ["a-full.txt", "b-cut.txt"],
    ["b-full.txt", "a-cut.txt"],
  ]) {
    const { sourcesDir, articlesDir } = folders();
    withTimes(sourcesDir, {
      [full]: [FULL, "2024-03-05T01:00:00Z"],
      [cut]: [CUT, "2024-03-06T01:00:00Z"],
    });
    const report = importSources({ sourcesDir, articlesDir });
    const r = (f: string) => report.results.find((x) => x.file === f)!;
    assert.ok(["imported", "updated"].includes(r(full).status), `${full}: ${r(full).status}`);
    const written = readFileSync(path.join(articlesDir, r(full).article!), "utf8");
    assert.match(written, /유럽 공장 증설도 검토/);
    assert.match(written, /sky@hanbit-news\.example/);
    assert.equal(readdirSync(path.join(articlesDir, "2024", "03")).length, 1, "one article");
    // Met first (its name sorts first), the cut copy was written, then replaced: the report says so.
    if (r(cut).status !== "skipped") {
      assert.match(
        r(cut).warnings.join("\n"),
        new RegExp(`기사는 이제 더 온전한 사본 ${full}의 글입니다`),
      );
      assert.match(r(full).warnings.join("\n"), new RegExp(`^${cut}의 더 온전한 사본`, "m"));
      continue;
    }
    assert.match(
      r(cut).reason!,
      new RegExp(
        `^${full}의 덜 온전한 사본\\(같은 매체·제목·날짜; 이 파일이 더 새것이지만\\)\\. 기사는 ${full}: 본문이 더 김\\(\\d+자 대 \\d+자\\)$`,
      ),
    );
  }
});

test("a copy with the same text length but more fields (a byline) is the more complete one", () => {
  const { sourcesDir, articlesDir } = folders();
  const noByline = FULL.split("\n").slice(0, -1).join("\n");
  withTimes(sourcesDir, {
    "a-signed.txt": [FULL, "2024-03-05T01:00:00Z"],
    "b-unsigned.txt": [noByline, "2024-03-06T01:00:00Z"],
  });
  const report = importSources({ sourcesDir, articlesDir });
  const r = (f: string) => report.results.find((x) => x.file === f)!;
  assert.equal(r("a-signed.txt").status, "imported");
  assert.equal(r("b-unsigned.txt").status, "skipped");
  assert.match(r("b-unsigned.txt").reason!, /기사는 a-signed\.txt: 필드가 더 많음\(reporters\)$/);
});

test("a hand-edited article stays when a shorter or a fuller copy of its source arrives", () => {
  const { sourcesDir, articlesDir } = folders();
  withTimes(sourcesDir, { "a-full.txt": [FULL, "2024-03-05T01:00:00Z"] });
  const rel = importSources({ sourcesDir, articlesDir }).results[0].article!;
  const abs = path.join(articlesDir, rel);
  writeFileSync(
    abs,
    readFileSync(abs, "utf8").replace("착공식을 열었다.", "착공식을 열었다(손으로 고침)."),
  );
  // A newer, shorter copy: skipped; the edit untouched, and said so.
  withTimes(sourcesDir, { "b-cut.txt": [CUT, "2024-03-06T01:00:00Z"] });
  const second = importSources({ sourcesDir, articlesDir });
  const r2 = (f: string) => second.results.find((x) => x.file === f)!;
  assert.equal(r2("b-cut.txt").status, "skipped");
  assert.equal(r2("a-full.txt").status, "kept");
  assert.match(readFileSync(abs, "utf8"), /손으로 고침/);
  // A newer, fuller copy (one more paragraph): the edit is kept, the new text goes to incoming.
  withTimes(sourcesDir, {
    "c-fuller.txt": [
      FULL.replace(
        "김하늘 기자",
        "노조는 고용 계획을 환영한다는 입장을 냈다. 시민단체는 환경 영향 평가를 요구했다. 회사는 평가를 받겠다고 했다.\n\n김하늘 기자",
      ),
      "2024-03-07T01:00:00Z",
    ],
  });
  const third = importSources({ sourcesDir, articlesDir });
  const r3 = (f: string) => third.results.find((x) => x.file === f)!;
  assert.equal(r3("c-fuller.txt").status, "kept");
  assert.match(r3("c-fuller.txt").warnings.join("\n"), /손으로 고친 기사.*\.sillok\/incoming\//);
  assert.match(readFileSync(abs, "utf8"), /손으로 고침/);
  assert.match(
    readFileSync(path.join(articlesDir, ".sillok", "incoming", rel), "utf8"),
    /시민단체는/,
  );
});

test("--force takes sillok's new version: the copy waiting in .sillok/incoming is removed, not left stale", () => {
  const { sourcesDir, articlesDir } = folders();
  writeFileSync(path.join(sourcesDir, "a.txt"), article(""));
  const rel = importSources({ sourcesDir, articlesDir }).results[0].article!;
  const abs = path.join(articlesDir, rel);
  writeFileSync(abs, readFileSync(abs, "utf8").replace("착공했다.", "착공했다(손으로 고침)."));
  writeFileSync(path.join(sourcesDir, "a.txt"), article(" 투자액은 3조원이다."));
  importSources({ sourcesDir, articlesDir });
  const incoming = path.join(articlesDir, ".sillok", "incoming", rel);
  assert.ok(existsSync(incoming), "the new version waits in incoming");
  const forced = importSources({ sourcesDir, articlesDir, force: true });
  assert.equal(forced.results[0].status, "updated");
  assert.match(readFileSync(abs, "utf8"), /투자액은 3조원이다/);
  assert.ok(!existsSync(incoming), "no stale copy is left in incoming");
  assert.match(forced.results[0].warnings.join("\n"), /에 백업했습니다/);
});

/** A daily appointments list: one outlet prints a new one every day under the same headline. */
const appointments = (names: string[]) =>
  [
    "[인사] 가람정밀",
    "입력 2025-12-05 09:00",
    "",
    "가람정밀은 5일 다음과 같이 임원 인사를 단행했다.",
    "",
    ...names.map((n, i) => `▲${["상무", "이사", "부장", "차장"][i % 4]} ${n}`),
    "",
  ].join("\n");

test("two different stories under one outlet, headline and date (two [인사] lists) are both kept; a copy of either is still one article", () => {
  const { sourcesDir, articlesDir } = folders();
  withTimes(sourcesDir, {
    "a-list.txt": [
      appointments(["강다온", "윤하람", "서지후", "임도윤", "문가을"]),
      "2025-12-05T01:00:00Z",
    ],
    "b-list.txt": [
      appointments(["오나래", "표시우", "남궁별", "추예린", "제갈현"]),
      "2025-12-05T02:00:00Z",
    ],
    // The second list again, pasted with a trailing blank line: the same story, not a third.
    "c-list-copy.txt": [
      `${appointments(["오나래", "표시우", "남궁별", "추예린", "제갈현"])}\n`,
      "2025-12-05T03:00:00Z",
    ],
  });
  const report = importSources({ sourcesDir, articlesDir });
  const r = (f: string) => report.results.find((x) => x.file === f)!;
  assert.equal(r("a-list.txt").status, "imported");
  assert.equal(r("b-list.txt").status, "imported");
  assert.notEqual(r("a-list.txt").article, r("b-list.txt").article);
  assert.match(
    r("b-list.txt").warnings.join("\n"),
    /둘 다 두고, 이 기사에는 따로 파일 이름을 붙였습니다/,
  );
  assert.equal(r("c-list-copy.txt").status, "skipped");
  assert.match(r("c-list-copy.txt").reason!, /^b-list\.txt의 중복/);
  const bodies = readdirSync(path.join(articlesDir, "2025", "12")).map((f) =>
    readFileSync(path.join(articlesDir, "2025", "12", f), "utf8"),
  );
  assert.equal(bodies.length, 2);
  assert.ok(bodies.some((b) => b.includes("강다온")) && bodies.some((b) => b.includes("제갈현")));
  // A second run reads both the same way: nothing moves, nothing is rewritten.
  const again = importSources({ sourcesDir, articlesDir });
  assert.deepEqual(
    again.results.map((x) => [x.file, x.status]),
    [
      ["a-list.txt", "unchanged"],
      ["b-list.txt", "unchanged"],
      ["c-list-copy.txt", "skipped"],
    ],
  );
});

/** A page copy with a stamp line `입력 … | 수정 …` (team-written); `body` is its text. */
const stampedPage = (modified: string | null, body: string[]) =>
  [
    "가나경제",
    "",
    "한빛전자, 새 공장 착공…내년 말 가동",
    `입력 2024.03.05 08:30${modified ? ` | 수정 ${modified}` : ""}`,
    "",
    ...body.flatMap((p) => [p, ""]),
    "홍길동 기자 gildong@example.com",
    "",
  ].join("\n");

const BODY = [
  "한빛전자가 5일 경기 평택에 새 공장을 착공했다. 회사는 내년 말 가동을 목표로 한다.",
  '회사 관계자는 "생산능력을 두 배로 늘릴 것"이라고 말했다.',
];
/** The corrected text: one figure fixed, a sentence cut. */
const CORRECTED = [
  "한빛전자가 5일 경기 평택에 새 공장을 착공했다. 회사는 내후년 초 가동을 목표로 한다.",
  '회사 관계자는 "생산능력을 늘릴 것"이라고 말했다.',
];
/** Leftover page lines of a stale copy, which make it longer (not furniture any list knows). */
const LEFTOVERS = [
  "이 기사를 추천합니다 좋아요 12 훌륭해요 3 놀라워요 1 공감해요 7 응원해요 2 더 보고 싶어요 5",
  "많이 본 기사 한빛전자 관련 기사 더 보기 구독하고 새 기사 알림을 받아 보세요",
];

test("the copy with the later 수정 stamp is the article, though the other is newer on disk and longer", () => {
  for (const staleStamp of [null, "2024.03.05 09:00"]) {
    const { sourcesDir, articlesDir } = folders();
    writeFileSync(
      path.join(sourcesDir, "a-corrected.txt"),
      stampedPage("2024.03.05 10:20", CORRECTED),
    );
    writeFileSync(
      path.join(sourcesDir, "b-stale.txt"),
      stampedPage(staleStamp, [...BODY, ...LEFTOVERS]),
    );
    // The stale copy was saved (or copied) later: its file time is the newer.
    const t = (iso: string) => new Date(iso);
    utimesSync(
      path.join(sourcesDir, "a-corrected.txt"),
      t("2024-03-05T02:00:00Z"),
      t("2024-03-05T02:00:00Z"),
    );
    utimesSync(
      path.join(sourcesDir, "b-stale.txt"),
      t("2024-03-06T02:00:00Z"),
      t("2024-03-06T02:00:00Z"),
    );
    const report = importSources({ sourcesDir, articlesDir });
    const r = (f: string) => report.results.find((x) => x.file === f)!;
    assert.equal(r("a-corrected.txt").status, "imported", `stale stamp ${staleStamp}`);
    assert.equal(r("b-stale.txt").status, "skipped");
    assert.match(
      r("b-stale.txt").reason!,
      staleStamp
        ? /^a-corrected\.txt의 이전 판.*수정 표시가 더 늦음: 2024-03-05T10:20:00\+09:00, b-stale\.txt은\(는\) 2024-03-05T09:00:00\+09:00$/
        : /^a-corrected\.txt의 이전 판.*수정 표시가 더 늦음: 2024-03-05T10:20:00\+09:00, b-stale\.txt은\(는\) 수정 표시 없음$/,
    );
    const text = readFileSync(path.join(articlesDir, r("a-corrected.txt").article!), "utf8");
    assert.match(text, /내후년 초 가동/);
  }
});

test("a later 수정 stamp replaces the copy imported first, and both lines of the report say why", () => {
  const { sourcesDir, articlesDir } = folders();
  writeFileSync(
    path.join(sourcesDir, "a-stale.txt"),
    stampedPage("2024.03.05 09:00", [...BODY, ...LEFTOVERS]),
  );
  writeFileSync(
    path.join(sourcesDir, "b-corrected.txt"),
    stampedPage("2024.03.05 10:20", CORRECTED),
  );
  const t = new Date("2024-03-05T02:00:00Z");
  utimesSync(path.join(sourcesDir, "b-corrected.txt"), t, t); // older on disk
  const report = importSources({ sourcesDir, articlesDir });
  const r = (f: string) => report.results.find((x) => x.file === f)!;
  assert.equal(r("b-corrected.txt").status, "updated", "it replaces the copy written just before");
  assert.equal(r("b-corrected.txt").article, r("a-stale.txt").article, "one article, one path");
  assert.match(
    r("a-stale.txt").warnings.join("\n"),
    /기사는 이제 나중 판 b-corrected\.txt의 글입니다\(수정 표시가 더 늦음/,
  );
  assert.match(r("b-corrected.txt").warnings.join("\n"), /^a-stale\.txt의 나중 판/m);
  assert.match(
    readFileSync(path.join(articlesDir, r("b-corrected.txt").article!), "utf8"),
    /내후년 초/,
  );
  assert.equal(readdirSync(path.join(articlesDir, "2024", "03")).length, 1);
});
