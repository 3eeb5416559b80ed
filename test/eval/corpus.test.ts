/**
 * The 179 real articles of ../shared/corpus through the importer: nothing lost, outlets, dates
 * in Korea time, and bodies free of page furniture.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText } from "../../src/decode/clean.ts";
import { decodeBytes } from "../../src/decode/decode.ts";
import { loadDictionaries } from "../../src/core/dictionaries.ts";
import { convertCorpus, loadManifest } from "./corpus.ts";

const manifest = loadManifest();
const corpus = convertCorpus();
const byFile = new Map(corpus.map((c) => [c.file, c]));

/**
 * Scraper failures with no article text, read by hand (gold-import.yaml's "no-text" list): kept
 * as headline-only items (a headline and a date or outlet), with a warning, and only these.
 */
const NO_TEXT: Record<string, string> = {
  "002_yonhap.txt": "body is only the sub-headline and the reporter e-mail",
  "004_seoul.txt": "'[서울신문] ▶ 재미있는 세상[]' and the footer",
  "010_yonhap.txt": "body is only the sub-headlines and the reporter e-mail",
  "015_yonhap.txt": "body is only two sub-headlines and the reporter e-mail",
  "026_hani.txt": "'[포토]' item: outlet tag, byline, promo and footer",
  "042_sportskhan.txt":
    "'[속보]': the body repeats the headline, then '온라인뉴스팀' and an e-mail",
  "061_joongang.txt": "byline, ▶ stub and footer only",
  "106_segye.txt": "CP949 slice ends after the kakao AI summary",
  "124_chosun.txt": "'[속보]' with body '<br><br>'",
  "125_chosun.txt": "'[속보]' with body '<br><br>'",
  "133_chosun.txt": "body is one <figure> image with an empty caption",
  "134_chosun.txt": "body is one <figure> image with an empty caption",
  "136_chosun.txt": "body is one <figure> image with an empty caption",
  "145_chosun.txt": "body is one <figure> image with an empty caption",
  "156_lawtimes.txt": "'[속보]' with a single <img>",
  "157_lawtimes.txt": "'[속보]' with only a photo caption",
};

test("the corpus is all there (179 files, 35 outlets)", () => {
  assert.equal(corpus.length, 179);
  assert.equal(manifest.length, 179);
  assert.equal(new Set(manifest.map((m) => m.outlet)).size, 35);
});

test("every corpus file imports; the scraper failures with no text are kept as headline-only items with a warning", () => {
  assert.deepEqual(
    corpus.filter((c) => "skip" in c.result).map((c) => c.file),
    [],
  );
  for (const c of corpus) {
    if ("skip" in c.result) continue;
    const headlineOnly = c.result.warnings.some((w) => /^제목만 있는 기사/.test(w));
    assert.equal(
      headlineOnly,
      c.file in NO_TEXT,
      `${c.file}: headline-only warning ${headlineOnly}`,
    );
    if (headlineOnly) assert.deepEqual(c.result.article.paragraphs, [], c.file);
  }
});

test("every layout of the corpus is detected (the wire scrapes are page copies, read by the page reader)", () => {
  const want: [RegExp, string][] = [
    [/^0[0-7]\d|^08[01]/, "naver-oneline"],
    [/^08[2-9]|^09\d|^10[01]/, "page"],
    [/^10[2-9]|^11[0-4]/, "daum-scrape"],
    [/^11[5-9]|^12[0-3]/, "portal-scrape"],
    [/^12[4-9]|^1[3-5]\d|^16[0-8]/, "feed-item"],
    [/^169|^17\d/, "fixture"],
  ];
  for (const c of corpus) {
    if ("skip" in c.result) continue;
    const layout = want.find(([re]) => re.test(c.file))![1];
    assert.equal(c.result.layout, layout, c.file);
    assert.ok(!c.result.warnings.some((w) => /형식을 알아보지 못해/.test(w)), c.file);
  }
});

test("outlet matches MANIFEST.tsv for at least 95% of the files that name their outlet", () => {
  const outlets = loadDictionaries().outlets;
  const names = (outlet: string) => {
    const e = outlets.find((o) => o.name === outlet);
    assert.ok(e, `${outlet} is not in _data/outlets.yaml`);
    return [e.name, ...(e.aliases ?? []), ...(e.domains ?? [])]
      .filter((n) => n.length >= 2)
      .map((n) => n.toLowerCase());
  };
  let named = 0,
    right = 0;
  const misses: string[] = [];
  for (const m of manifest) {
    const c = byFile.get(m.file)!;
    if ("skip" in c.result) continue;
    const d = decodeBytes(c.bytes);
    assert.ok(d.ok);
    const text = cleanText(d.text).toLowerCase();
    const got = c.result.article.meta.outlet;
    if (!names(m.outlet).some((n) => text.includes(n))) {
      // No clue in the text: the outlet must be left empty or come from a clue for another outlet.
      if (got === null)
        assert.ok(
          c.result.warnings.some((w) => /글에 매체 이름이 없어/.test(w)),
          m.file,
        );
      continue;
    }
    named++;
    if (got === m.outlet) right++;
    else misses.push(`${m.file}: got ${got}, manifest ${m.outlet}`);
  }
  console.log(
    `outlet: ${right}/${named} files that name their outlet (${((100 * right) / named).toFixed(1)}%); misses:\n  ${misses.join("\n  ") || "none"}`,
  );
  assert.ok(named >= 140, `only ${named} files name their outlet`);
  assert.ok(right / named >= 0.95, misses.join("\n"));
});

/** Korea-time instant of a corpus date line, computed without luxon (Date parses RFC 2822 and ISO). */
function expectedInstant(line: string): number | null {
  const s = line.trim();
  if (/^[A-Z][a-z]{2}, /.test(s)) return Date.parse(s.replace(/-0000$/, "+0000"));
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?[+-]\d{2}:\d{2}$/.test(s))
    return Date.parse(s.replace(" ", "T"));
  let m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (m) return Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}+09:00`);
  m = /^기사입력(\d{4})\.(\d{2})\.(\d{2}) (오전|오후) (\d{1,2}):(\d{2})$/.exec(s);
  if (m) {
    const h = (Number(m[5]) % 12) + (m[4] === "오후" ? 12 : 0);
    return Date.parse(`${m[1]}-${m[2]}-${m[3]}T${String(h).padStart(2, "0")}:${m[6]}:00+09:00`);
  }
  return null;
}

test("every file with a date line gets that date in Korea time; no other file gets a date", () => {
  let checked = 0;
  for (const m of manifest) {
    const c = byFile.get(m.file)!;
    if ("skip" in c.result) continue;
    const meta = c.result.article.meta;
    if (m.has_date_line !== "yes") {
      assert.equal(meta.date, null, `${m.file} has no date line but got ${meta.date}`);
      assert.equal(meta.dateSource, "none");
      continue;
    }
    const d = decodeBytes(c.bytes);
    assert.ok(d.ok);
    const lines = cleanText(d.text).split("\n").slice(0, 40);
    const want = lines.map(expectedInstant).find((t) => t !== null && !Number.isNaN(t));
    assert.ok(want, `${m.file}: the test found no date line`);
    assert.ok(meta.date, `${m.file}: no date`);
    assert.match(meta.date, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/, m.file);
    assert.equal(Date.parse(meta.date), want, `${m.file}: ${meta.date}`);
    assert.equal(meta.dateSource, "text");
    checked++;
  }
  assert.equal(checked, 137);
});

test("a date printed inside the body (a caption's 2018.10.29/뉴스1) is neither the date nor body text", () => {
  for (const f of ["029_news1.txt", "038_news1.txt"]) {
    const c = byFile.get(f)!;
    assert.ok(!("skip" in c.result));
    assert.equal(
      c.result.article.meta.date,
      "2018-10-29T" + (f.startsWith("029") ? "14:40" : "10:25") + ":00+09:00",
    );
    assert.ok(!c.result.article.paragraphs.join("\n").includes("2018.10.29"), f);
  }
});

/** Page furniture that must never reach a body: each a pattern and what it stands for. */
const MARKERS: [RegExp, string][] = [
  [
    /(?:프린트|페이스북|트위터|카카오스토리|공유하기)\s+(?:프린트|페이스북|트위터|카카오스토리|카카오톡|밴드)/,
    "share buttons",
  ],
  [/무단\s?(?:전재|복제|배포)|재배포\s?금지/, "copyright footer"],
  [/저작권자/, "copyright holder"],
  [/[ⓒ©]/, "copyright sign"],
  [/copyright|all rights reserved/i, "copyright (Latin)"],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/, "e-mail address"],
  [/<\/?[a-z][a-z0-9]*(?:\s[^>]*)?\/?>/i, "HTML tag"],
  [/&(?:amp|quot|nbsp|lt|gt|apos|#\d+|#x[0-9a-f]+);/i, "HTML entity"],
  [/Translated by kakao i/i, "AI summary marker"],
  [/해당\s?언론사로\s?연결됩니다/, "portal UI string"],
  [/사진\s?확대|사진설명/, "photo UI string"],
  [/^▶(?!\s*인터뷰)|▶\s*$|☞/, "link stub"],
  [
    /◀\s*(?:앵커|리포트)\s*▶|【\s*(?:앵커멘트|기자)\s*】|^\[(?:앵커|기자)\]$/,
    "transcript role marker",
  ],
  [/(?:제보|카카오톡|카톡).{0,20}(?:전화|이메일|카카오톡|@)/, "tip line"],
  [/^[가-힣]{2,4} 기자입니다\.$|(?:뉴스|TV)\s?[가-힣]{2,4}입니다\.$/, "hand-off or sign-off"],
  [/^\(?[가-힣·]{1,10}=(?:연합뉴스|뉴시스|뉴스1)\)?/, "wire dateline"],
  [/기사입력/, "date label"],
  [/[\u200B\u00A0\uFEFF]/, "zero-width space or NBSP"],
];

test("no body holds page furniture (share buttons, footers, e-mails, HTML, markers, …)", () => {
  const hits: string[] = [];
  for (const c of corpus) {
    if ("skip" in c.result) continue;
    for (const p of c.result.article.paragraphs) {
      for (const [re, what] of MARKERS)
        if (re.test(p)) hits.push(`${c.file}: ${what}: ${p.slice(0, 80)}`);
    }
  }
  assert.deepEqual(hits, []);
});

test("every copyright value is the outlet's notice alone: short, marked, no URL, byline, menu or stray punctuation", () => {
  const bad: string[] = [];
  let withNotice = 0;
  for (const c of corpus) {
    if ("skip" in c.result) continue;
    const v = c.result.article.meta.copyright;
    if (v === null) continue;
    withNotice++;
    const problems = [
      v.length > 120 && "longer than 120",
      !/ⓒ|©|\(c\)|저작권|copyright|무단|재배포|rights reserved/i.test(v) && "no copyright marker",
      !/^[\p{L}ⓒ©(]/u.test(v) && "starts with punctuation",
      /[\s\-,.([]$/.test(v) && "ends with a separator",
      /(?:^|\s)(?:https?:\/\/|www\.)/i.test(v) && "URL standing alone",
      /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\./.test(v) && "e-mail",
      /기자|특파원|뉴스룸|페이스북|트위터|카카오|공유|구독|관련\s?기사|좋아요|댓글|▶|☞|※/.test(v) &&
        "byline or menu text",
    ].filter(Boolean);
    if (problems.length) bad.push(`${c.file}: ${problems.join(", ")}: ${v}`);
  }
  assert.deepEqual(bad, []);
  assert.ok(withNotice >= 55, `only ${withNotice} files keep a copyright notice`);
});

test("bodies are NFC and no paragraph is empty", () => {
  for (const c of corpus) {
    if ("skip" in c.result) continue;
    const { meta } = c.result.article;
    for (const p of c.result.article.paragraphs) {
      assert.equal(p, p.normalize("NFC"), c.file);
      assert.ok(p.trim().length > 0, c.file);
    }
    assert.equal(meta.title, meta.title.normalize("NFC"));
    assert.equal(meta.title, meta.title.trim(), `${c.file}: title not trimmed`);
  }
});
