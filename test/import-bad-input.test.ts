/**
 * Bad input (issue 3): every kind gets a one-line reason in the report and no effect on the
 * other files; text in UTF-16 (either byte order, with or without a BOM) and CP949 imports.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { importSources } from "../src/import/index.ts";
import { samples, tempDir } from "./helpers.ts";

const ARTICLE =
  "경찰, 동거 중인 60대 여성 살해한 50대男 체포\n(서울=연합뉴스) 홍길동 기자 = 동거 중이던 여성을 흉기로 살해한 혐의를 받는 50대 남성이 경찰에 붙잡혔다.\n서울 서대문경찰서는 살인 혐의로 이모씨(53)를 체포해 조사 중이라고 7일 밝혔다.\n";
const variant = (n: number) => ARTICLE.replace("50대男", `5${n}대男`);

function run() {
  const root = tempDir();
  const sourcesDir = samples(root);
  const put = (name: string, data: string | Buffer) =>
    writeFileSync(path.join(sourcesDir, name), data);
  put("empty.txt", "");
  put("blank.txt", "  \n\t\n \u3000\n");
  put(
    "image.png",
    Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]),
  );
  put(
    "nul.bin",
    Buffer.from(Array.from({ length: 64 }, (_, i) => (i % 3 === 0 ? 0 : 65 + (i % 26)))),
  );
  put(
    "latin1.txt",
    Buffer.from(
      "caf\xe9 au lait, cr\xe8me br\xfbl\xe9e et na\xefvet\xe9 \xe0 la fran\xe7aise",
      "latin1",
    ),
  );
  put(
    "u16le-bom.txt",
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(variant(1), "utf-16le")]),
  );
  put(
    "u16be-bom.txt",
    Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(variant(2), "utf-16be")]),
  );
  put("u16le.txt", iconv.encode(variant(3), "utf-16le"));
  put("u16be.txt", iconv.encode(variant(4), "utf-16be"));
  put("cp949.txt", iconv.encode(variant(5), "cp949"));
  put("huge.txt", Buffer.alloc(30 * 1024 * 1024, "가나다 ".repeat(4)));
  mkdirSync(path.join(sourcesDir, "subfolder"));
  symlinkSync(path.join(root, "nowhere.txt"), path.join(sourcesDir, "dangling.txt"));
  put("locked.txt", variant(6));
  chmodSync(path.join(sourcesDir, "locked.txt"), 0o000);
  // A read that fails even for root: /proc/self/mem is a regular file whose offset 0 is unmapped (EIO).
  const procMem = existsSync("/proc/self/mem");
  if (procMem) symlinkSync("/proc/self/mem", path.join(sourcesDir, "proc-mem.txt"));
  const report = importSources({ sourcesDir, articlesDir: path.join(root, "articles") });
  return { report, procMem, root };
}

test("bad input: each file gets a one-line reason and the others still import", () => {
  const { report, procMem } = run();
  const r = (f: string) => report.results.find((x) => x.file === f)!;
  const reason = (f: string) => r(f).reason ?? "";
  assert.equal(
    report.counts.failed,
    0,
    JSON.stringify(report.results.filter((x) => x.status === "failed")),
  );
  assert.match(reason("empty.txt"), /^빈 파일$/);
  assert.match(reason("blank.txt"), /^공백뿐인 파일$/);
  assert.match(reason("image.png"), /^텍스트가 아닌 파일\(PNG 이미지\)$/);
  assert.match(reason("nul.bin"), /^텍스트가 아닌 파일\(NUL 바이트가 들어 있음\)$/);
  assert.match(reason("latin1.txt"), /^텍스트로 읽을 수 없음: UTF-8도 CP949도 아닙니다/);
  assert.match(
    reason("huge.txt"),
    /^너무 큰 파일: 30\.0 MB\(한도 10 MB\)\. 기사 한 편씩 파일을 나누세요$/,
  );
  assert.equal(r("subfolder"), undefined, "an empty subfolder has no file to report");
  assert.match(reason("dangling.txt"), /^가리키는 파일이 없는 심볼릭 링크$/);
  if (procMem)
    assert.match(reason("proc-mem.txt"), /^읽을 수 없음: E[A-Z]+\. 파일 권한을 확인하세요$/);
  // chmod 000 stops every user but root; as root the file is readable and must import.
  if (process.getuid?.() === 0) assert.equal(r("locked.txt").status, "imported");
  else assert.match(reason("locked.txt"), /^읽을 수 없음: EACCES\. 파일 권한을 확인하세요$/);
  for (const x of report.results) {
    if (x.reason)
      assert.ok(!x.reason.includes("\n") && x.reason.length < 120, `${x.file}: ${x.reason}`);
  }
  // The undated sample and the eight samples, plus every text file, whatever its encoding.
  for (const f of ["u16le-bom.txt", "u16be-bom.txt", "u16le.txt", "u16be.txt", "cp949.txt"])
    assert.equal(r(f).status, "imported", `${f}: ${reason(f)}`);
  assert.equal(report.counts.imported, 9 + 5 + (process.getuid?.() === 0 ? 1 : 0));
});

test("UTF-16 and CP949 text reads back exactly, and the encoding is recorded", () => {
  const { report, root } = run();
  const read = (f: string) =>
    readFileSync(
      path.join(root, "articles", report.results.find((x) => x.file === f)!.article!),
      "utf8",
    );
  const want = {
    "u16le-bom.txt": "utf-16le",
    "u16be-bom.txt": "utf-16be",
    "u16le.txt": "utf-16le",
    "u16be.txt": "utf-16be",
    "cp949.txt": "cp949",
  };
  for (const [f, enc] of Object.entries(want)) {
    const md = read(f);
    assert.match(md, new RegExp(`encoding: ${enc}`), f);
    assert.match(md, /outlet: 연합뉴스/, f);
    assert.match(md, /name: 홍길동/, f);
    assert.match(md, /서울 서대문경찰서는 살인 혐의로/, f);
  }
});
