/** `sillok check` and `sillok entities` (issue 4): what they find, and the exit codes. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdirSync, cpSync, readdirSync } from "node:fs";
import path from "node:path";
import { importSources } from "../src/import/index.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import { checkArchive, checkDictionaries } from "../src/cli/check.ts";
import { discoverEntities, personYaml } from "../src/cli/entities.ts";
import { samples, tempDir } from "./helpers.ts";
import { cli } from "./cli-capture.ts";

const root = tempDir();
const articlesDir = path.join(root, "articles");
importSources({ sourcesDir: samples(root), articlesDir });

test("the shipped dictionaries are consistent: no duplicate id or alias, every parent exists", () => {
  assert.deepEqual(checkDictionaries(loadDictionaries()), []);
});

test("a fresh import checks clean, and `sillok check` exits 0", async () => {
  assert.deepEqual(checkArchive(articlesDir).problems, []);
  const [code, out] = await cli(["check", "--articles", articlesDir]);
  assert.equal(code, 0, out);
  assert.match(out, /고칠 곳 없음/);
});

test("a typo after a hand edit is reported with the nearest name, and exits 1", async () => {
  const dir = path.join(tempDir(), "articles");
  cpSync(articlesDir, dir, { recursive: true });
  const seed = path.join(dir, "undated");
  const name = readdirSync(seed).find((n) => n.startsWith("dt-"))!;
  const text = readFileSync(path.join(seed, name), "utf8");
  assert.ok(text.includes("삼성전자"), name);
  writeFileSync(path.join(seed, name), text.replace(/^(companies:.*?)삼성전자/ms, "$1삼성젼자"));
  const report = checkArchive(dir);
  assert.equal(report.problems.length, 1, JSON.stringify(report.problems));
  assert.match(
    report.problems[0].message,
    /기업 "삼성젼자"는 사전\(companies\.yaml\)에 없습니다\. "삼성전자"의 오타인가요\?/,
  );
  const [code, out] = await cli(["check", "--articles", dir]);
  assert.equal(code, 1);
  assert.match(out, /삼성젼자/);
});

test("a company added to an article by hand, in no dictionary, is reported with the entry to paste", () => {
  const dir = path.join(tempDir(), "articles");
  cpSync(articlesDir, dir, { recursive: true });
  const seed = path.join(dir, "undated");
  const name = readdirSync(seed).find((n) => n.startsWith("dt-"))!;
  const text = readFileSync(path.join(seed, name), "utf8");
  writeFileSync(path.join(seed, name), text.replace(/^(companies:.*?)삼성전자/ms, "$1한울생명"));
  const report = checkArchive(dir);
  assert.deepEqual(
    report.problems.map((p) => p.message),
    [
      '기업 "한울생명"은 사전(companies.yaml)에 없습니다. 등록하려면 _data/companies.yaml에 이 줄을 붙여 넣으세요:\n    - {id: han-ul-saeng-myeong, name: 한울생명, kind: company}',
    ],
  );
});

test("an article file copied by hand (two files from one source) is reported: the site would list it twice", () => {
  const dir = path.join(tempDir(), "articles");
  cpSync(articlesDir, dir, { recursive: true });
  const seed = path.join(dir, "undated");
  const name = readdirSync(seed).find((n) => n.startsWith("dt-"))!;
  mkdirSync(path.join(dir, "keep"));
  cpSync(path.join(seed, name), path.join(dir, "keep", name));
  const report = checkArchive(dir);
  assert.equal(report.problems.length, 1, JSON.stringify(report.problems));
  assert.match(report.problems[0].where, /^(keep|undated)\//);
  assert.match(
    report.problems[0].message,
    /같은 원본\(000-undated-page-copy\.txt\)에서 나온 기사 파일이 또 있습니다: (keep|undated)\/dt-.*\. 사이트에 두 번 나오니 한 파일을 지우세요/,
  );
});

test("duplicate ids, aliases claimed by two entries and keywords under two tags are reported", async () => {
  const data = path.join(tempDir(), "_data");
  mkdirSync(data);
  writeFileSync(
    path.join(data, "companies.yaml"),
    [
      "- {id: acme, name: 에이크미, aliases: [ACME]}",
      "- {id: acme, name: 에이크미전자}",
      "- {id: beta, name: 베타, parent: nowhere, aliases: [ACME]}",
      "- {id: name, name: 네임}",
      "- {id: 감마, name: 감마}",
    ].join("\n"),
  );
  writeFileSync(
    path.join(data, "people.yaml"),
    "- {id: kim, name: 베타}\n- {id: han, name: 한다온, aliases: [한], orgs: [에이크미, 없는회사]}\n",
  );
  writeFileSync(
    path.join(data, "tags.yaml"),
    "- {id: chips, name: 반도체, keywords: [반도체, 웨이퍼]}\n- {id: parts, name: 부품, keywords: [부품], weak: [웨이퍼]}\n",
  );
  const msgs = checkDictionaries(loadDictionaries(data)).map((p) => `${p.where}: ${p.message}`);
  assert.ok(
    msgs.some((m) => /id "acme"은\(는\) 항목 2개가 함께 씁니다/.test(m)),
    msgs.join("\n"),
  );
  assert.ok(
    msgs.some((m) => /"ACME"은\(는\) acme, beta 두 항목이 함께 씁니다/.test(m)),
    msgs.join("\n"),
  );
  assert.ok(
    msgs.some((m) => /"베타"는 인물 kim, 기업 beta 두 항목이 함께 씁니다/.test(m)),
    msgs.join("\n"),
  );
  assert.ok(
    msgs.some((m) => /parent "nowhere"/.test(m)),
    msgs.join("\n"),
  );
  assert.ok(
    msgs.some((m) => /tags\.yaml: 키워드 "웨이퍼"는 chips, parts 두 태그에 있습니다/.test(m)),
    msgs.join("\n"),
  );
  assert.ok(
    msgs.some((m) => /id "name"은\(는\) 목록 페이지의 주소/.test(m)),
    msgs.join("\n"),
  );
  assert.ok(
    msgs.some((m) => /id "감마"는 영문 소문자·숫자·하이픈/.test(m)),
    msgs.join("\n"),
  );
  assert.ok(
    msgs.some((m) => /han: 별칭 "한"은 한 음절입니다/.test(m)),
    msgs.join("\n"),
  );
  assert.ok(
    msgs.some((m) => /han: orgs "없는회사"는 어느 기업의 이름이나 별칭도 아닙니다/.test(m)),
    msgs.join("\n"),
  );
  assert.ok(!msgs.some((m) => /orgs "에이크미"/.test(m)), msgs.join("\n"));
  const [code] = await cli(["check", "--articles", articlesDir, "--data", data]);
  assert.equal(code, 1);
});

test("an outlet domain or e-mail domain claimed by two outlets, and an outlet form spelled twice, are reported", async () => {
  const data = path.join(tempDir(), "_data");
  mkdirSync(data);
  writeFileSync(
    path.join(data, "outlets.yaml"),
    [
      "- {id: alpha, name: 알파일보, aliases: [Alpha Ilbo], domains: [alpha.example], emailDomains: [alpha-mail.example]}",
      "- {id: beta, name: 베타신문, domains: [www.Alpha.example, beta.example]}",
      "- {id: gamma, name: 감마뉴스, aliases: [alpha ilbo, 감], domains: [gamma.example], emailDomains: [alpha-mail.example, gamma.example]}",
      "- {id: delta, name: 델타TV, domains: [delta.example], emailDomains: [delta-mail.example]}",
    ].join("\n"),
  );
  const msgs = checkDictionaries(loadDictionaries(data)).map((p) => `${p.where}: ${p.message}`);
  const expected = [
    'outlets.yaml: 도메인 "alpha.example"은(는) alpha, beta 두 매체에 있습니다. 한쪽에서 지우세요',
    'outlets.yaml: 이메일 도메인 "alpha-mail.example"은(는) alpha, gamma 두 매체에 있습니다. 한쪽에서 지우세요',
    'outlets.yaml: gamma: 이메일 도메인 "gamma.example"은(는) 웹 도메인과 같습니다. domains에만 한 번 쓰세요',
    'outlets.yaml: "alpha ilbo"은(는) alpha("Alpha Ilbo"), gamma 두 매체가 함께 씁니다(띄어쓰기·대소문자만 다릅니다). 한쪽에서 지우세요',
    'outlets.yaml: gamma: 별칭 "감"은 한 음절입니다. 글 곳곳과 겹치니 지우세요',
  ];
  assert.deepEqual(msgs.filter((m) => m.startsWith("outlets.yaml")).sort(), expected.sort());
  const [code, out] = await cli(["check", "--articles", articlesDir, "--data", data]);
  assert.equal(code, 1);
  assert.match(out, /alpha-mail\.example/);
});

test("`sillok entities` lists unknown people by role and company-shaped words, with YAML to paste, and changes nothing", async () => {
  const dir = path.join(tempDir(), "articles", "2024", "05");
  mkdirSync(dir, { recursive: true });
  const article = (body: string) =>
    `---\ntitle: 시험\noutlet: null\ndate: null\ndateSource: none\nreporters: []\ntags: []\ncompanies: []\npeople: []\ncaptions: []\ncopyright: null\nsource: {file: x.txt, sha256: "0", encoding: utf-8}\n---\n\n${body}\n`;
  writeFileSync(
    path.join(dir, "a.md"),
    article(
      '김민지 한빛대 경영학과 교수는 "수요가 늘었다"고 말했다. ㈜한빛소재는 공장을 늘린다. 메타버스 업계도 바쁘다.',
    ),
  );
  writeFileSync(
    path.join(dir, "b.md"),
    article(
      "김민지 교수는 다시 말했다. 정부 대변인은 말을 아꼈다. 이재용 삼성전자 회장이 참석했다.",
    ),
  );
  const before = readFileSync(path.join(dir, "a.md"), "utf8");
  const report = discoverEntities(path.dirname(path.dirname(dir)));
  const people = report.people.map((p) => p.name);
  assert.deepEqual(
    people,
    ["김민지"],
    "known people (이재용) and role words (정부 대변인) are not offered",
  );
  assert.equal(report.people[0].articles, 2);
  assert.equal(
    personYaml(report.people[0]),
    "- {id: kim-min-ji, name: 김민지, kind: other, role: 교수}",
  );
  assert.deepEqual(
    report.companies.map((c) => c.name),
    ["한빛소재"],
  );
  const [code, out] = await cli(["entities", "--articles", path.dirname(path.dirname(dir))]);
  assert.equal(code, 0);
  assert.match(out, /# _data\/people.yaml\n- \{id: kim-min-ji, name: 김민지/);
  assert.match(out, /“김민지 한빛대 경영학과 교수는/);
  assert.match(
    out,
    /_data\/people\.yaml에 없는 인물 .* — 1\n {2}김민지 {2}교수 {2}— 기사 2건, 2회/,
  );
  assert.equal(readFileSync(path.join(dir, "a.md"), "utf8"), before);
});

test("an outlet no dictionary knows is a note, not a problem: exit 0, with the YAML to paste into outlets.yaml", async () => {
  const dir = path.join(tempDir(), "articles", "undated");
  mkdirSync(dir, { recursive: true });
  const article = (outlet: string, sha: string) =>
    `---\ntitle: 시험 ${sha}\noutlet: ${outlet}\ndate: null\ndateSource: none\nreporters: []\ntags: []\ncompanies: []\npeople: []\ncaptions: []\ncopyright: null\nsource: {file: ${sha}.txt, sha256: "${sha}", encoding: utf-8}\n---\n\n다온시가 도서관을 짓는다.\n`;
  writeFileSync(path.join(dir, "a.md"), article("다온일보", "a1"));
  writeFileSync(path.join(dir, "b.md"), article("다온일보", "b2"));
  writeFileSync(path.join(dir, "c.md"), article("한국경재", "c3"));
  const articles = path.dirname(path.dirname(dir));
  const report = checkArchive(articles);
  assert.deepEqual(report.problems, []);
  assert.deepEqual(
    report.notes.map((n) => n.message),
    [
      '매체 "다온일보"는 사전에 없습니다(기사 2건; 사이트에는 이 매체의 페이지가 따로 생깁니다). 이 매체를 등록하려면 _data/outlets.yaml에 이 줄을 붙여 넣으세요:\n    - {id: da-on-il-bo, name: 다온일보, aliases: [], domains: []}',
      '매체 "한국경재"는 사전에 없습니다(기사 1건; 사이트에는 이 매체의 페이지가 따로 생깁니다). "한국경제"의 오타인가요? 아니라면 이 매체를 등록하려면 _data/outlets.yaml에 이 줄을 붙여 넣으세요:\n    - {id: han-guk-gyeong-jae, name: 한국경재, aliases: [], domains: []}',
    ],
  );
  const [code, out] = await cli(["check", "--articles", articles]);
  assert.equal(code, 0, out);
  assert.match(out, /고칠 곳 없음/);
  assert.match(out, /\n {4}- \{id: da-on-il-bo, name: 다온일보, aliases: \[\], domains: \[\]\}/);
  // The pasted line is valid YAML for outlets.yaml: with it, the outlet is known.
  const data = path.join(tempDir(), "data");
  mkdirSync(data);
  writeFileSync(
    path.join(data, "outlets.yaml"),
    `${readFileSync(path.join("_data", "outlets.yaml"), "utf8")}\n${/- \{id: da-on-il-bo.*\}/.exec(out)![0]}\n`,
  );
  assert.deepEqual(
    checkArchive(articles, { dataDir: data }).notes.map((n) => n.message.split("는 사전")[0]),
    ['매체 "한국경재"'],
  );
});

test("`sillok check --help` documents its exit codes", async () => {
  const lines: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((s: string) => (lines.push(String(s)), true)) as typeof write;
  try {
    await cli(["check", "--help"]);
  } finally {
    process.stdout.write = write;
  }
  const help = lines.join("");
  assert.match(
    help,
    /종료 코드: 0 문제 없음\(참고는 나올 수 있음\), 1 문제 있음, 2 잘못된 사용\(폴더 없음\)/,
  );
});

/** A copy of the imported articles whose first dated article lists `companies` and names `outlet`. */
function articlesNaming(companies: string[], outlet: string): string {
  const dir = path.join(tempDir(), "articles");
  cpSync(articlesDir, dir, { recursive: true });
  const month = path.join(dir, "2024", "03");
  const file = path.join(month, readdirSync(month)[0]);
  writeFileSync(
    file,
    readFileSync(file, "utf8")
      .replace(/^companies:\n/m, `companies:\n${companies.map((c) => `  - ${c}\n`).join("")}`)
      .replace(/^outlet: .*$/m, `outlet: ${outlet}`),
  );
  return dir;
}

test("one broken line in a dictionary file is one problem, not one per article naming its entries", () => {
  const dir = articlesNaming(["한빛전자", "가나전자"], "디지털타임스");
  const data = path.join(tempDir(), "data");
  mkdirSync(data);
  writeFileSync(
    path.join(data, "companies.yaml"),
    "- {id: hanbit, name: 한빛전자, kind: company\n- {id: gana, name: 가나전자, kind: company}\n",
  );
  const dataDir = [path.resolve("_data"), data].join(path.delimiter);
  const report = checkArchive(dir, { dataDir });
  assert.deepEqual(
    report.problems.map((p) => [path.basename(p.where), p.message.split(":")[0]]),
    [["companies.yaml", "YAML로 읽히지 않습니다"]],
  );
  assert.deepEqual(
    report.notes.map((n) => n.message),
    [
      "이 파일의 문제(위)를 고칠 때까지 기사에 있는 기업 이름 2개(한빛전자, 가나전자)는 사전과 맞춰 보지 않았습니다. 고친 뒤 다시 sillok check를 실행하세요",
    ],
  );
  // Fixed, the names are known: nothing left.
  writeFileSync(
    path.join(data, "companies.yaml"),
    "- {id: hanbit, name: 한빛전자, kind: company}\n- {id: gana, name: 가나전자, kind: company}\n",
  );
  const fixed = checkArchive(dir, { dataDir: `${dataDir}${path.delimiter}` });
  assert.deepEqual([fixed.problems, fixed.notes], [[], []]);
});

test("typo hints count keys (jamo), not syllables: 전자신믄 is 전자신문: another outlet one syllable away is no typo", () => {
  const hint = (outlet: string) =>
    checkArchive(articlesNaming([], outlet)).notes.map(
      (n) => /"([^"]+)"의 오타인가요/.exec(n.message)?.[1] ?? null,
    );
  assert.deepEqual(hint("전자신믄"), ["전자신문"]);
  assert.deepEqual(hint("동해일보"), [null], "동아일보 is another outlet");
  assert.deepEqual(hint("부천일보"), [null], "부산일보 is another outlet");
});
