/**
 * A date is never moved: a front matter date without an offset is Korea time, a date-only value
 * stays a day (shown without a time, sorted within its day, filed in its month), and `check`
 * names an article whose folder and date disagree.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { normalizeDate, folderDateProblem, dateOrder } from "../src/core/dates.ts";
import { parseArticleFile } from "../src/core/article.ts";
import { loadArchive } from "../src/site/archive.ts";
import { DateTime } from "luxon";
import { displayDate, isoDay, isoInstant, monthKey, monthLabel } from "../src/site/dates.ts";
import { checkArchive } from "../src/cli/check.ts";
import { tempDir } from "./helpers.ts";

/** An article file as a user would type it, with `date` written exactly as given (unquoted). */
const articleText = (title: string, date: string) =>
  `---\ntitle: ${title}\noutlet: null\ndate: ${date}\ndateSource: manual\nsource: {file: ${title}.txt, sha256: ${title}, encoding: utf-8}\n---\n\n본문.\n`;

test("normalizeDate: no offset is Korea time, a date-only value stays a day, offsets are kept, nonsense is refused", () => {
  assert.equal(normalizeDate("2024-03-31T20:00:00"), "2024-03-31T20:00:00+09:00");
  assert.equal(normalizeDate("2024-03-31 20:00"), "2024-03-31T20:00+09:00");
  assert.equal(normalizeDate("2024-03-31"), "2024-03-31");
  assert.equal(normalizeDate("2024-03-31T11:00:00Z"), "2024-03-31T11:00:00Z");
  assert.equal(normalizeDate("2024-03-31T20:00:00+09:00"), "2024-03-31T20:00:00+09:00");
  assert.equal(normalizeDate("2024-02-30"), null);
  assert.equal(normalizeDate("31.03.2024"), null);
  assert.equal(normalizeDate("2024-03-31T25:00:00"), null);
});

test("a hand-typed date without an offset (2024-03-31T20:00:00) shows 3월 31일 20:00 and is filed under March", () => {
  const { meta } = parseArticleFile(articleText("a", "2024-03-31T20:00:00"));
  assert.equal(meta.date, "2024-03-31T20:00:00+09:00");
  assert.equal(displayDate(meta.date), "2024년 3월 31일 20:00");
  assert.equal(monthKey(meta.date!), "2024-03");
  // The site's own reading agrees even for a value that skipped validation.
  assert.equal(displayDate("2024-03-31T20:00:00"), "2024년 3월 31일 20:00");
  assert.equal(
    displayDate("2024-03-31T15:00:00Z"),
    "2024년 4월 1일 00:00",
    "a value with its own offset is converted",
  );
});

test("a date-only value is a day: shown without a time, filed in its month, sorted within its day", () => {
  const dir = path.join(tempDir(), "articles");
  const files: [string, string, string][] = [
    ["2024/04", "d-apr1", "2024-04-01T00:30:00+09:00"],
    ["2024/03", "c-mar31-evening", "2024-03-31T22:00:00+09:00"],
    ["2024/03", "b-mar31-day", "2024-03-31"],
    ["2024/03", "a-mar30", "2024-03-30T23:59:00+09:00"],
  ];
  for (const [folder, name, date] of files) {
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, folder, `${name}.md`), articleText(name, date));
  }
  const archive = loadArchive(dir);
  assert.deepEqual(archive.problems, []);
  assert.deepEqual(
    archive.articles.map((a) => a.title),
    ["d-apr1", "c-mar31-evening", "b-mar31-day", "a-mar30"],
  );
  const day = archive.articles.find((a) => a.title === "b-mar31-day")!;
  assert.equal(day.dateDisplay, "2024년 3월 31일");
  assert.equal(day.month!.id, "2024-03");
  assert.equal(
    isoInstant("2024-03-31"),
    "2024-03-31T00:00:00+09:00",
    "feeds get the start of the day in Korea",
  );
  assert.ok(dateOrder("2024-03-31") > dateOrder("2024-03-30T23:59:00+09:00"));
  assert.ok(dateOrder("2024-03-31") < dateOrder("2024-04-01T00:00:00+09:00"));
  assert.deepEqual(
    checkArchive(dir).problems.filter((p) => !/dictionary/.test(p.message)),
    [],
  );
});

test("check names an article whose folder and date disagree", () => {
  assert.equal(folderDateProblem("2024/03/a.md", "2024-03-31T20:00:00+09:00"), null);
  assert.equal(folderDateProblem("2024/03/a.md", "2024-03-31"), null);
  assert.equal(
    folderDateProblem("favourites/a.md", "2024-03-31"),
    null,
    "a folder of the user's own is not judged",
  );
  assert.match(
    folderDateProblem("2024/04/a.md", "2024-03-31T20:00:00+09:00")!,
    /^날짜와 폴더가 맞지 않습니다: date 2024-03-31T20:00:00\+09:00\(한국 시각 2024-03\), 폴더 2024\/04\/\. .*2024\/03\/ 폴더로 옮기세요$/,
  );
  assert.match(
    folderDateProblem("undated/a.md", "2024-03-31")!,
    /^날짜가 있는데 파일이 undated\/ 폴더에 있습니다: date 2024-03-31\(한국 시각 2024-03\)\. 2024\/03\/ 폴더로 옮기거나/,
  );
  assert.match(
    folderDateProblem("2024/03/a.md", null)!,
    /^날짜가 비어 있는데 파일이 2024\/03\/ 폴더에 있습니다: .*undated\/ 폴더로 옮기세요$/,
  );
  const dir = path.join(tempDir(), "articles");
  mkdirSync(path.join(dir, "2024", "04"), { recursive: true });
  // Without an offset the value is Korea time: 31 March, so not April's.
  writeFileSync(
    path.join(dir, "2024", "04", "moved.md"),
    articleText("moved", "2024-03-31T20:00:00"),
  );
  // With its own offset: 20:00 UTC is 05:00 on 1 April in Seoul, so April's.
  writeFileSync(path.join(dir, "2024", "04", "utc.md"), articleText("utc", "2024-03-31T20:00:00Z"));
  writeFileSync(path.join(dir, "2024", "04", "day.md"), articleText("day", "2024-04-01"));
  const problems = checkArchive(dir).problems.filter((p) => !/dictionary/.test(p.message));
  assert.deepEqual(
    problems.map((p) => p.where),
    ["2024/04/moved.md"],
  );
  assert.match(
    problems[0].message,
    /date 2024-03-31T20:00:00\+09:00\(한국 시각 2024-03\), 폴더 2024\/04\//,
  );
});

test("site dates read without luxon agree with luxon, and impossible dates still go to luxon", () => {
  const seoul = (iso: string) => DateTime.fromISO(iso, { zone: "Asia/Seoul" });
  const values = [
    "2024-03-05",
    "2024-03-05T08:30:00+09:00",
    "2024-03-05T08:30",
    "2024-12-31T23:59:59.123+09:00",
    "2024-02-29",
    "2024-03-31T15:00:00Z",
    "2024-03-05T08:30:00-05:00",
    "2023-02-29",
    "2024-02-30T10:00:00+09:00",
    "2024-03-05T24:00:00+09:00",
    "0099-01-01",
  ];
  for (const v of values) {
    const dt = seoul(v);
    const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(v);
    if (!dt.isValid) {
      assert.equal(displayDate(v), "날짜 미상", v);
      continue;
    }
    assert.equal(
      displayDate(v),
      dt.toFormat(dayOnly ? "yyyy년 M월 d일" : "yyyy년 M월 d일 HH:mm"),
      v,
    );
    assert.equal(isoDay(v), dt.toFormat("yyyy-MM-dd"), v);
    assert.equal(monthKey(v), dt.toFormat("yyyy-MM"), v);
    assert.equal(monthLabel(v), dt.toFormat("yyyy년 M월"), v);
  }
});
