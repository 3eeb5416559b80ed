/**
 * The lexicon (_data/lexicon.yaml): the shipped file is valid, the user's lexicon.user.yaml is
 * merged over it and changes what discovery reads, and `sillok check` names every problem of it.
 * Needs nothing beside the checkout.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import {
  lexiconProblems,
  loadLexicon,
  mergeLexicon,
  readLexiconFile,
  SHIPPED_LEXICON,
  type LexiconData,
} from "../src/core/lexicon.ts";
import { checkArchive } from "../src/cli/check.ts";
import { formatProblem } from "../src/core/problems.ts";
import { parseArticleFile } from "../src/core/article.ts";
import { EntityExtractor } from "../src/entities/extract.ts";
import { createParseContext, parseArticle } from "../src/parse/index.ts";
import { tempDir } from "./helpers.ts";
import { cli } from "./cli-capture.ts";

/** A data folder with the shipped dictionaries and `overlay` as lexicon.user.yaml. */
function dataWith(overlay: string): string {
  const dir = path.join(tempDir(), "_data");
  cpSync(path.join(projectRoot, "_data"), dir, { recursive: true });
  writeFileSync(path.join(dir, "lexicon.user.yaml"), overlay);
  return dir;
}

test("the shipped lexicon has every key, lists of non-empty words, no word twice", () => {
  assert.deepEqual(lexiconProblems(readLexiconFile(SHIPPED_LEXICON), SHIPPED_LEXICON, false), []);
  const lex = loadLexicon();
  assert.ok(lex.corporate_roles.includes("부회장"));
  assert.ok(lex.professions.includes("부장판사"));
  // A merged copy: no corporate role is listed again among the other roles.
  assert.deepEqual(
    lex.roles.filter((r) => lex.corporate_roles.includes(r)),
    [],
  );
});

test("lexicon problems: unknown key, wrong type, empty word, a word twice, a bad overlay operation", () => {
  const problems = lexiconProblems(
    {
      rolez: ["x"],
      roles: "회장",
      professions: ["", "판사", "판사"],
      not_names: { add: [null], drop: ["x"] },
    },
    "f.yaml",
    true,
  );
  const said = problems.map(formatProblem);
  const expected = [
    "f.yaml: not_names.add 1번째 — 빈 항목입니다. 낱말을 쓰거나 지우세요",
    "f.yaml: not_names — 모르는 연산 drop입니다. add 또는 remove를 쓰세요",
    'f.yaml: roles — "회장"은 낱말 목록이 아닙니다. [회장, 사장] 또는 {add: [...], remove: [...]}로 쓰세요',
    "f.yaml: professions.add 1번째 — 빈 낱말입니다. 지우세요",
    "f.yaml: professions.add 3번째 — 판사: 두 번 있습니다. 하나를 지우세요",
  ];
  for (const line of expected) assert.ok(said.includes(line), `${line}\n in \n${said.join("\n")}`);
  assert.ok(
    said.some((s) =>
      /^f\.yaml: 모르는 키 rolez입니다\. 철자를 고치거나 지우세요 \(쓸 수 있는 키: surnames/.test(
        s,
      ),
    ),
    said.join("\n"),
  );
  assert.equal(said.length, expected.length + 1, said.join("\n"));
  // A shipped file must have every key.
  assert.ok(
    lexiconProblems({}, "f.yaml", false)
      .map(formatProblem)
      .includes("f.yaml: roles — 없습니다. 꼭 있어야 하는 필드입니다: 목록을 쓰세요"),
  );
});

test("an overlay adds words to a list, removes shipped ones, and merges group maps", () => {
  const base = loadLexicon();
  const merged: LexiconData = mergeLexicon(base, {
    roles: ["도선사"],
    not_names: { remove: ["정부"], add: ["여사님"] },
    occupation_families: { sports: ["씨름"] },
  });
  assert.ok(merged.roles.includes("도선사"));
  assert.ok(!merged.not_names.includes("정부") && merged.not_names.includes("여사님"));
  assert.ok(
    merged.occupation_families.sports.includes("씨름") &&
      merged.occupation_families.sports.includes("투수"),
  );
  assert.ok(!base.roles.includes("도선사"), "the shipped lexicon is not changed");
});

test("lexicon.user.yaml in the data folder changes what discovery reads as a role", () => {
  const text = "김다온 한빛항만공사 도선사는 이날 기자들과 만났다.";
  const shipped = new EntityExtractor(loadDictionaries())
    .discover(text)
    .people.map((p) => `${p.name}/${p.role}`);
  assert.deepEqual(shipped, []);
  const dicts = loadDictionaries(dataWith("roles: [도선사]\n"));
  assert.deepEqual(
    new EntityExtractor(dicts).discover(text).people.map((p) => `${p.name}/${p.role}`),
    ["김다온/도선사"],
  );
});

test("`sillok check` reports the problems of lexicon.user.yaml with the file, the key and the fix; the loader refuses the file", async () => {
  const dataDir = dataWith("rolez: [조합장]\nroles: ['', 조합장, 조합장]\n");
  const articles = path.join(tempDir(), "articles");
  mkdirSync(articles);
  const found = checkArchive(articles, { dataDir }).problems.map((p) => `${p.where}: ${p.message}`);
  assert.ok(
    found.some((p) => p.startsWith("lexicon.user.yaml: 모르는 키 rolez입니다")),
    found.join("\n"),
  );
  assert.ok(
    found.includes("lexicon.user.yaml: roles.add 1번째 — 빈 낱말입니다. 지우세요"),
    found.join("\n"),
  );
  assert.ok(
    found.includes("lexicon.user.yaml: roles.add 3번째 — 조합장: 두 번 있습니다. 하나를 지우세요"),
    found.join("\n"),
  );
  assert.equal(found.length, 3, found.join("\n"));
  assert.throws(() => loadDictionaries(dataDir), /lexicon\.user\.yaml: roles\.add 1번째 — 빈 낱말/);
  const [code, out] = await cli(["check", "--articles", articles, "--data", dataDir]);
  assert.equal(code, 1);
  assert.match(out, /lexicon\.user\.yaml: roles\.add 3번째 — 조합장: 두 번 있습니다/);
});

test("a role word added in an archive's lexicon.user.yaml is read in the bylines it imports", async () => {
  const root = tempDir();
  const sources = path.join(root, "sources");
  mkdirSync(sources);
  // A byline role the shipped lexicon does not know (a newsroom's own title for its writers).
  writeFileSync(
    path.join(sources, "column.txt"),
    [
      "가나시 도서관 새 건물 문 연다",
      "입력 2024.03.05 08:30",
      "",
      "가나시는 5일 새 시립도서관을 열었다. 열람석은 600석으로 예전의 두 배다.",
      "",
      "시는 주말에도 밤 10시까지 문을 열기로 했다고 밝혔다.",
      "",
      "홍길동 시민필진 hong@example.com",
      "",
    ].join("\n"),
  );
  const read = async (dataDir: string, articles: string) => {
    const [code] = await cli([
      "import",
      "--sources",
      sources,
      "--articles",
      articles,
      "--data",
      dataDir,
    ]);
    assert.equal(code, 0);
    const md = readdirSync(articles, { recursive: true }).find((f) => String(f).endsWith(".md"));
    return parseArticleFile(readFileSync(path.join(articles, String(md)), "utf8")).meta.reporters;
  };
  const shipped = await read(path.join(projectRoot, "_data"), path.join(root, "a1"));
  assert.ok(!shipped.some((r) => r.name === "홍길동"), JSON.stringify(shipped));
  const own = await read(dataWith("signing_roles: [시민필진]\n"), path.join(root, "a2"));
  assert.deepEqual(own, [{ name: "홍길동", email: "hong@example.com", role: "시민필진" }]);
});

test("a copyright word of lexicon.user.yaml marks the page's copyright line and gives its holder as the outlet", () => {
  const page =
    "가나시 도서관 짓는다\n입력 2024.03.05 08:30\n" +
    "가나시는 5일 새 도서관 건립 계획을 발표하고 내년 봄에 공사를 시작한다고 밝혔다.\n" +
    "Copr. 2024 동해신보, 무단 전재 및 재배포 금지\n";
  const outlet = (dataDir?: string) => {
    const r = parseArticle({ file: "a.txt", text: page }, createParseContext(dataDir));
    return "skip" in r ? r.skip : r.outlet;
  };
  assert.equal(outlet(), null, "the shipped words know no Copr.");
  assert.equal(outlet(dataWith("copyright_words: [Copr.]\n")), "동해신보");
});

test("a place of lexicon.user.yaml before a byline's name is the bureau, no reporter", () => {
  // A district the shipped list does not name, opening like a surname (한).
  const names = (dataDir?: string) =>
    createParseContext(dataDir)
      .words.bylines.cutTrailingByline("한솔 홍길동 기자")
      .reporters.map((r) => r.name);
  assert.deepEqual(names(), ["한솔", "홍길동"]);
  assert.deepEqual(names(dataWith("place_names: [한솔]\n")), ["홍길동"]);
});

test("a lexicon file that is no YAML is refused naming the file, the line and the fix in Korean", () => {
  const file = path.join(tempDir(), "lexicon.user.yaml");
  writeFileSync(file, 'roles:\n  - 조합장\nplace_names: ["세종\n');
  assert.throws(
    () => readLexiconFile(file),
    (e: Error) =>
      e.message.startsWith(`${file}: YAML로 읽히지 않습니다: 3번째 줄 "place_names: ["세종". `) &&
      /따옴표/.test(e.message),
  );
});
