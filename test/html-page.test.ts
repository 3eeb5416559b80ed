/**
 * Saved web pages (layout `html-page`) and reporter roles, on invented HTML only: page furniture
 * (related-article, ad, share boxes …) never reaches the body, a repeated headline goes, a page
 * without Open Graph tags is dated from its markup or date line (with a warning when it has
 * none), nav lines go, bylines give reporters with their role; and pages that must stay as they are.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArticleFile, serializeArticle, type ArticleMeta } from "../src/core/article.ts";
import { cleanText } from "../src/decode/clean.ts";
import { loadLexicon } from "../src/core/lexicon.ts";
import { compilePageWords } from "../src/parse/page-words.ts";
import { DomUtils, parseDocument } from "htmlparser2";
import { furnitureKind, htmlToBlocks, nodesToBlocks } from "../src/parse/html.ts";
import { isNavLine } from "../src/parse/layouts/html-page.ts";
import { createParseContext, parseArticle, type ParsedArticle } from "../src/parse/index.ts";
import { projectRoot } from "../src/core/paths.ts";
import { runCli, tempDir } from "./helpers.ts";

/** The parse words of the shipped lexicon, made by their factory. */
const words = compilePageWords(loadLexicon());
const { cutBracketByline, cutDateline, cutSignature, cutTrailingByline, parseAuthorLine } =
  words.bylines;
const { writtenByLine } = words.bylines;
const { parseDateLine } = words.dates;

const ctx = createParseContext();
const parse = (text: string, file = "t.html"): ParsedArticle => {
  const r = parseArticle({ file, text: cleanText(text) }, ctx);
  if ("skip" in r) throw new Error(`skipped: ${r.skip}`);
  return r;
};
/** A saved page: `head` inside <head>, `body` inside <body>. */
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const OG =
  `<meta property="og:title" content="가나전자, 배터리 신공장 착공"><meta property="og:site_name" content="한겨레">` +
  `<meta property="article:published_time" content="2024-03-05T09:00:00+09:00">`;

test("furniture kinds by tag and by the words of class and id, never by a substring of another word", () => {
  const kind = (cls: string, name = "div") => furnitureKind(name, { class: cls });
  for (const c of [
    "relation",
    "ad",
    "ad_box",
    "google-ads",
    "adsbygoogle",
    "banner-top",
    "promoArea",
    "sponsored",
    "relatedNews",
    "article-related",
    "recommend_list",
    "popular",
    "most-read",
    "mostViewed",
    "share-box",
    "snsShare",
    "tag-list",
    "nav-wrap",
    "aside",
    "sidebar",
    "comment",
  ]) {
    assert.equal(kind(c), "drop", c);
  }
  assert.equal(furnitureKind("div", { id: "bannerTop" }), "drop");
  for (const c of ["copyright", "reporter-box", "reporter_info", "byline", "article-footer"])
    assert.equal(kind(c), "end", c);
  assert.equal(kind("", "footer"), "end");
  assert.equal(kind("photo-credit"), "credit");
  for (const c of [
    "head",
    "thread",
    "download",
    "shadow",
    "header",
    "article-body",
    "read",
    "lead",
    "address",
    "navy",
    "advice",
    "badge",
    "tagline",
    "shared-view",
  ]) {
    assert.equal(kind(c), null, c);
  }
});

test("the class words of furniture and of the article element are data: an archive's furniture.yaml extends them", () => {
  const dir = path.join(tempDir(), "_data");
  mkdirSync(dir);
  writeFileSync(
    path.join(dir, "furniture.yaml"),
    "html_drop: [gana*]\nhtml_body: [storyblock]\nhtml_credit: [shotby]\n",
  );
  const own = createParseContext([path.join(projectRoot, "_data"), dir].join(path.delimiter));
  const rules = own.furniture.html;
  assert.equal(furnitureKind("div", { class: "ganaBox" }), null, "shipped: no such word");
  assert.equal(furnitureKind("div", { class: "ganaBox" }, rules), "drop");
  assert.equal(furnitureKind("div", { class: "related" }, rules), "drop", "the shipped words stay");
  assert.equal(furnitureKind("span", { class: "shotby" }, rules), "credit");
  const text =
    "가나시가 올해 도서관 세 곳을 새로 짓기로 했다고 5일 밝혔다. 사업비는 모두 120억원이다.";
  const html = page(
    OG,
    `<div class="headbox"><p>가나시 소식을 전합니다. 오늘의 가나시 뉴스는 이렇습니다.</p></div>` +
      `<div id="storyblock"><p>${text}</p><div class="gana-more"><p>다른 기사 제목이 여기에 길게 이어집니다.</p></div></div>`,
  );
  const r = parseArticle({ file: "t.html", text: cleanText(html) }, own);
  if ("skip" in r) throw new Error(r.skip);
  assert.deepEqual(r.paragraphs, [text]);
});

test("HTML bodies: related-article, ad, share, ranking and tag boxes, forms and buttons leave no text; figure credits join the caption", () => {
  const c = htmlToBlocks(
    `<p>첫 문단이다.</p><div class="relation">관련기사<ul><li>가나전자, 공장 가동</li><li>다라화학 적자 지속</li></ul></div>` +
      `<div class="ad">광고 배너 - 지금 가입하세요</div><div id="most-read"><ol><li>많이 본 기사 하나</li></ol></div>` +
      `<div class="tag-list">#배터리 #공장</div><form><input name="q"><button>검색</button></form><button>공유하기</button>` +
      `<aside>사이드 상자</aside><nav>뉴스 홈</nav><iframe>광고 틀</iframe><script>x()</script><style>.a{}</style>` +
      `<figure><img src="a.jpg"><figcaption>공장 전경</figcaption><span class="photo-credit">가나통신</span></figure>` +
      `<span class="credit">사진=마바통신</span>` +
      `<ul><li>본문 목록 하나</li><li>본문 목록 둘</li></ul><p>끝 문단이다.</p>` +
      `<div class="reporter-box">홍길동 기자 hong@example.com</div><footer>ⓒ 가나일보 무단 전재 금지</footer>`,
  );
  assert.deepEqual(
    c.blocks.map((b) => b.text),
    ["첫 문단이다.", "본문 목록 하나", "본문 목록 둘", "끝 문단이다."],
    "lists of the article itself stay",
  );
  assert.deepEqual(c.captions, ["공장 전경 / 가나통신"]);
  assert.deepEqual(c.endMatter, ["홍길동 기자 hong@example.com", "ⓒ 가나일보 무단 전재 금지"]);
  // A credit inside the caption stays the caption's (split off later); no figure credit, no change.
  assert.deepEqual(
    htmlToBlocks(
      `<figure><figcaption>다리 <span class="credit">가나시 제공</span></figcaption></figure>`,
    ).captions,
    ["다리 가나시 제공"],
  );
});

test("a saved page: boxes inside the article body add no text and no companies (import end to end)", async () => {
  const dir = tempDir();
  const src = path.join(dir, "src");
  mkdirSync(src);
  writeFileSync(
    path.join(src, "related.html"),
    page(
      OG,
      `<article><h1>가나전자, 배터리 신공장 착공</h1><p>가나전자가 충청북도에 배터리 신공장을 짓는다고 5일 밝혔다.</p>` +
        `<div class="relation">관련기사<ul><li>삼성SDI, 헝가리 공장 가동</li><li>SK온 적자 지속</li></ul></div>` +
        `<div class="ad">광고 배너 - 지금 가입하세요</div><p>공장은 2026년 완공될 예정이다.</p>` +
        `<div class="share-box"><button>공유</button>페이스북</div><div class="article-footer copyright">ⓒ 한겨레신문사 무단 전재 및 재배포 금지</div></article>`,
    ),
  );
  const r = await runCli("import", "--sources", src, "--articles", path.join(dir, "articles"));
  assert.equal(r.code, 0, r.err);
  const folder = path.join(dir, "articles", "2024", "03");
  const [file] = readdirSync(folder);
  const { meta, body } = parseArticleFile(readFileSync(path.join(folder, file), "utf8"));
  assert.deepEqual(body.trim().split(/\n\n/), [
    "가나전자가 충청북도에 배터리 신공장을 짓는다고 5일 밝혔다.",
    "공장은 2026년 완공될 예정이다.",
  ]);
  assert.deepEqual(meta.companies, []);
  assert.equal(meta.copyright, "ⓒ 한겨레신문사 무단 전재 및 재배포 금지");
});

test("a headline repeated before the text goes, in other spacing or punctuation too; text that only starts like it stays", () => {
  const repeated = parse(
    page(
      OG,
      `<article><h1>가나전자 신공장 착공 (종합)</h1><p>가나전자 배터리 신공장 ‘착공’</p><p>가나전자가 공장을 짓는다.</p></article>`,
    ),
  );
  assert.deepEqual(
    repeated.paragraphs,
    ["가나전자가 공장을 짓는다."],
    "the <h1> (not og:title) and the og:title in other punctuation both go",
  );
  const kept = parse(
    page(
      OG,
      `<article><p>가나전자 배터리 신공장 착공식이 5일 열렸다.</p><p>가나전자 배터리 신공장 착공</p></article>`,
    ),
  );
  assert.deepEqual(
    kept.paragraphs,
    ["가나전자 배터리 신공장 착공식이 5일 열렸다.", "가나전자 배터리 신공장 착공"],
    "only before the text",
  );
  // The same rule for text layouts (refine): a plain-text copy repeating its headline.
  assert.deepEqual(
    parse("가나전자, 신공장 착공\n\n가나전자 신공장 착공!\n\n본문 문단이다.\n", "t.txt").paragraphs,
    ["본문 문단이다."],
  );
  // A title the page suffixes with its site name loses the suffix.
  assert.equal(
    parse(
      page(`<title>다라제약 신약 허가 | 한겨레</title>`, `<p>2024-03-05 10:00</p><p>본문이다.</p>`),
    ).title,
    "다라제약 신약 허가",
  );
});

test("a page without og: tags: date line, nav bar and byline leave the body; date and reporter are read", () => {
  const p = parse(
    page(
      `<title>다라제약 신약 허가</title>`,
      `<div class="top">뉴스 홈 | 연예 | 스포츠</div><h1>다라제약 신약 허가</h1><p>기사전송 2024-03-04 15:30</p>` +
        `<p>다라제약이 개발한 신약이 허가를 받았다.</p><p>회사는 연내 출시를 목표로 한다.</p><p>[서울경제] 이정민 기자 jm@example.com</p>` +
        `<div class="rank">홈 · 경제 · 산업 · 금융</div>`,
    ),
  );
  assert.deepEqual(
    [p.title, p.date, p.outlet, p.reporters, p.paragraphs, p.warnings],
    [
      "다라제약 신약 허가",
      "2024-03-04T15:30:00+09:00",
      "서울경제",
      [{ name: "이정민", email: "jm@example.com" }],
      ["다라제약이 개발한 신약이 허가를 받았다.", "회사는 연내 출시를 목표로 한다."],
      [],
    ],
  );
  // The date line outside the article element; a byline on it names the reporter.
  const outside = parse(
    page(
      `<meta property="og:title" content="제목">`,
      `<div class="info">홍길동 특파원 입력 2024.03.05 08:30 | 수정 2024.03.05 09:10</div><div class="article_body"><p>본문이다.</p></div>`,
    ),
  );
  assert.deepEqual(
    [outside.date, outside.reporters, outside.paragraphs],
    ["2024-03-05T08:30:00+09:00", [{ name: "홍길동", role: "특파원" }], ["본문이다."]],
  );
  // No date anywhere: null, and a warning says so.
  const undated = parse(
    page(`<meta property="og:title" content="제목">`, `<article><p>본문이다.</p></article>`),
  );
  assert.equal(undated.date, null);
  assert.ok(
    undated.warnings.some((w) => /^쪽에 발행 날짜가 없어/.test(w)),
    undated.warnings.join("; "),
  );
});

test("dates in the markup: <time datetime>, itemprop=datePublished, JSON-LD (also in @graph), date meta tags", () => {
  const dated = (head: string, body: string) =>
    parse(
      page(
        `<meta property="og:title" content="제목">${head}`,
        `<article>${body}<p>본문이다.</p></article>`,
      ),
    ).date;
  assert.equal(
    dated("", `<time datetime="2024-03-04T23:30:00Z">3월 5일</time>`),
    "2024-03-05T08:30:00+09:00",
  );
  assert.equal(
    dated("", `<span itemprop="datePublished" content="2024-03-05T08:30:00+09:00">어제</span>`),
    "2024-03-05T08:30:00+09:00",
  );
  assert.equal(
    dated(`<meta itemprop="datePublished" content="2024-03-05 08:30">`, ""),
    "2024-03-05T08:30:00+09:00",
  );
  assert.equal(
    dated(
      `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-03-05T08:30:00+09:00"}]}</script>`,
      "",
    ),
    "2024-03-05T08:30:00+09:00",
  );
  assert.equal(
    dated(`<script type="application/ld+json">{broken</script>`, `<p>입력 2024.03.06 10:00</p>`),
    "2024-03-06T10:00:00+09:00",
    "broken JSON-LD: the date line",
  );
  // Date line labels (../dates.ts): 기사전송, 전송, 등록일, and a 수정 stamp before 기사입력.
  assert.equal(parseDateLine("기사전송 2024-03-04 15:30"), "2024-03-04T15:30:00+09:00");
  assert.equal(parseDateLine("등록일 2024.03.05"), "2024-03-05T00:00:00+09:00");
  assert.equal(
    parseDateLine("최종수정 2024.03.05 09:00 기사입력 2024.03.05 08:00"),
    "2024-03-05T08:00:00+09:00",
  );
  assert.equal(
    parseDateLine("수정 2024.03.05 09:00 기사전송 2024.03.05 08:00"),
    "2024-03-05T08:00:00+09:00",
  );
});

test("nav lines are short items parted by | or spaced ·, >; names, lists and sentences stay", () => {
  for (const l of ["뉴스 홈 | 연예 | 스포츠", "홈 > 경제 > 산업", "정치 · 경제 · 사회 · 국제"])
    assert.ok(isNavLine(l), l);
  for (const l of [
    "삼성·LG·SK가 참여했다.",
    "가나·다라·마바",
    "입력 2024.03.05 | 수정 2024.03.06",
    "매출 | 영업이익",
    "첫째는 좋았다 | 둘째도 좋았다 | 셋째는 아니다",
  ]) {
    assert.ok(!isNavLine(l), l);
  }
  const p = parse(
    page(OG, `<article><p>가나·다라·마바 세 회사가 손잡았다.</p><p>삼성·LG·SK</p></article>`),
  );
  assert.deepEqual(p.paragraphs, ["가나·다라·마바 세 회사가 손잡았다.", "삼성·LG·SK"]);
});

test("a page's reporter box and footer give reporters and the copyright; an ordinary page keeps every paragraph", () => {
  const p = parse(
    page(
      OG,
      `<div id="article-view-content"><p>첫 문단이다.</p><p>둘째 문단이다.</p>` +
        `<div class="reporter_box"><strong>홍길동 논설위원</strong><span>hong@example.com</span><a>기자의 다른 기사</a></div></div>` +
        `<footer><p>가나일보 | 서울시 가나구</p><p>Copyright ⓒ 가나일보. All rights reserved.</p></footer>`,
    ),
  );
  assert.deepEqual(p.paragraphs, ["첫 문단이다.", "둘째 문단이다."]);
  assert.deepEqual(p.reporters, [{ name: "홍길동", email: "hong@example.com", role: "논설위원" }]);
  assert.equal(
    p.copyright,
    "Copyright ⓒ 가나일보. All rights reserved.",
    "the page footer, outside the article element",
  );
  const plain = parse(
    page(
      OG,
      `<div class="article-body ad-wrap"><div class="head-note">머리말 상자다.</div><p>한 문단이다.</p><ul><li>목록이다.</li></ul><p class="thread-end">끝이다.</p></div>`,
    ),
  );
  assert.deepEqual(
    plain.paragraphs,
    ["머리말 상자다.", "한 문단이다.", "목록이다.", "끝이다."],
    "the body element's own class never makes it furniture",
  );
});

test("reporter roles: written as the byline gives them, 기자 (the default) never written", () => {
  assert.deepEqual(cutTrailingByline("…했다. 홍길동 특파원 hong@example.com").reporters, [
    { name: "홍길동", email: "hong@example.com", role: "특파원" },
  ]);
  assert.deepEqual(cutTrailingByline("…했다. 이서연·박지훈 기자").reporters, [
    { name: "이서연" },
    { name: "박지훈" },
  ]);
  assert.deepEqual(cutTrailingByline("…했다. 홍길동 편집인").reporters, [
    { name: "홍길동", role: "편집인" },
  ]);
  assert.deepEqual(cutTrailingByline("…했다. 홍길동 논설위원").reporters, [
    { name: "홍길동", role: "논설위원" },
  ]);
  assert.deepEqual(cutTrailingByline("[도쿄 = 가나다 특파원 / 서울 = 라마바 기자]").reporters, [
    { name: "가나다", role: "특파원" },
    { name: "라마바" },
  ]);
  assert.deepEqual(cutDateline("(가나·다라=연합뉴스) 홍길동 김철수 특파원 = 본문").reporters, [
    { name: "홍길동", role: "특파원" },
    { name: "김철수", role: "특파원" },
  ]);
  assert.deepEqual(cutDateline("(서울=뉴스1) 홍길동 기자,김영희 특파원 = 본문").reporters, [
    { name: "홍길동" },
    { name: "김영희", role: "특파원" },
  ]);
  assert.deepEqual(cutBracketByline("[워싱턴=홍길동 특파원] 본문", () => false)?.reporters, [
    { name: "홍길동", role: "특파원" },
  ]);
  assert.deepEqual(parseAuthorLine("가나=홍길동 여행기자, 김영희 기자"), [
    { name: "홍길동", role: "여행기자" },
    { name: "김영희" },
  ]);
  assert.deepEqual(cutSignature("홍길동 | 미술평론가", true)?.reporters, [
    { name: "홍길동", role: "미술평론가" },
  ]);
  assert.deepEqual(cutSignature("…밝혔다./홍길동 가나경제연구원 연구위원", true)?.reporters, [
    { name: "홍길동", role: "가나경제연구원 연구위원" },
  ]);
  assert.deepEqual(cutSignature("홍길동 칼럼니스트", true)?.reporters, [
    { name: "홍길동", role: "칼럼니스트" },
  ]);
  assert.deepEqual(
    writtenByLine("글 홍길동"),
    [{ name: "홍길동", role: "글" }],
    "a credit with no role keeps its credit word: never printed as 기자",
  );
  // Through the whole parse: a column's signature, and a meta author line.
  const column = parse(
    "가나다 칼럼 제목\n2024-03-05 10:00\n\n첫 문단이다.\n\n둘째 문단이다.\n\n홍길동 칼럼니스트\n",
    "t.txt",
  );
  assert.deepEqual(column.reporters, [{ name: "홍길동", role: "칼럼니스트" }]);
  const meta = parse(
    page(
      `${OG}<meta name="author" content="홍길동 특파원">`,
      `<article><p>본문이다.</p></article>`,
    ),
  );
  assert.deepEqual(meta.reporters, [{ name: "홍길동", role: "특파원" }]);
});

test("front matter: role is optional (old files stay valid), round-trips, and must be text when given", () => {
  const base = {
    title: "제목",
    outlet: null,
    date: null,
    dateSource: "none",
    tags: [],
    companies: [],
    people: [],
    captions: [],
    copyright: null,
    source: { file: "x.html", sha256: "0", encoding: "utf-8" },
  };
  const old = parseArticleFile(
    serializeArticle({
      meta: { ...base, reporters: [{ name: "홍길동", email: "h@example.com" }] } as ArticleMeta,
      paragraphs: ["본문."],
    }),
  );
  assert.deepEqual(old.meta.reporters, [{ name: "홍길동", email: "h@example.com" }]);
  const withRole = serializeArticle({
    meta: { ...base, reporters: [{ name: "홍길동", role: "특파원" }] } as ArticleMeta,
    paragraphs: ["본문."],
  });
  assert.match(withRole, /reporters:\n {2}- name: 홍길동\n {4}role: 특파원\n/);
  assert.deepEqual(parseArticleFile(withRole).meta.reporters, [{ name: "홍길동", role: "특파원" }]);
  assert.throws(
    () => parseArticleFile(withRole.replace("role: 특파원", "role: 3")),
    /reporters 1번째 role — 3은 글이 아닙니다\. 따옴표로 감싸/,
  );
});

test("a photo box that opens with its image gives its one short line as a caption; other text near an image stays text", () => {
  const FIRST = "가나전자는 이 공장에서 연간 20기가와트시 규모의 배터리를 만들 계획이라고 밝혔다.";
  const read = (html: string) => {
    const { blocks, captions } = htmlToBlocks(html);
    return { text: blocks.map((b) => b.text), captions };
  };
  // A portal's photo (`<span><img><em>`), a CMS's `<div><img><p>`, a photo table: captions.
  assert.deepEqual(
    read(
      `<span class="pic"><img src="a.jpg"><em>공장 전경. ⓒ가나전자</em></span><br><br>${FIRST}<br>` +
        `<div class="x"><img src="b.jpg"><p>기념촬영을 하고 있다.</p></div>` +
        `<table><tr><td><img src="c.jpg"></td></tr><tr><td>조감도. 가나시 제공</td></tr></table><p>끝 문단이다.</p>`,
    ),
    {
      text: [FIRST, "끝 문단이다."],
      captions: ["공장 전경. ⓒ가나전자", "기념촬영을 하고 있다.", "조감도. 가나시 제공"],
    },
  );
  // Text before the image, two lines after it, a reporter's photo with an address, an icon in a
  // paragraph, a whole section: text.
  assert.deepEqual(
    read(
      `<div><p>앞 문단이다.</p><img src="a.jpg"><p>뒤 문단이다.</p></div>` +
        `<div><img src="b.jpg"><p>첫째 줄이다.</p><p>둘째 줄이다.</p></div>` +
        `<div><img src="c.jpg">홍길동 기자 hong@gana.example</div>` +
        `<p>아이콘 <img src="i.gif"> 뒤의 글이다.</p><section><img src="d.jpg"><p>절의 글이다.</p></section>`,
    ).text,
    [
      "앞 문단이다.",
      "뒤 문단이다.",
      "첫째 줄이다.",
      "둘째 줄이다.",
      "홍길동 기자 hong@gana.example",
      "아이콘 뒤의 글이다.",
      "절의 글이다.",
    ],
  );
  // A brief of one short text under its photo: the text is the article, not a caption.
  assert.deepEqual(read(`<div><img src="a.jpg"><br>${FIRST}</div>`), {
    text: [FIRST],
    captions: [],
  });
});

test("the article element is the one with the most sentence text: a header box named like the body holds only the headline and deck", () => {
  const prose = Array.from(
    { length: 4 },
    (_, i) => `<p>가나전자가 ${i + 1}공장을 세워 배터리 생산량을 두 배로 늘린다고 밝혔다.</p>`,
  ).join("");
  for (const header of [
    `<div class="article-view-header">`,
    `<header class="article-view-header">`,
  ]) {
    const close = header.startsWith("<div") ? "</div>" : "</header>";
    const p = parse(
      page(
        OG,
        `${header}<h3>가나전자, 배터리 신공장 착공</h3><h4 class="subheading">첫 줄<br>둘째 줄</h4>` +
          `<article class="info-group"><ul><li>홍길동 기자</li></ul></article>${close}` +
          `<article id="article-view-content-div">${prose}</article>`,
      ),
    );
    assert.equal(p.paragraphs.length, 4, header);
    assert.equal(p.subtitle, "첫 줄\n둘째 줄", header);
  }
});

test("an element of a parsed page reads the same from the tree as from its markup (no second parse of each candidate)", () => {
  const dir = path.join(projectRoot, "test", "fixtures");
  const pages = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".html"));
  assert.ok(pages.length >= 4, pages.join());
  let compared = 0;
  for (const f of pages) {
    const text = readFileSync(path.join(dir, f), "utf8");
    const doc = parseDocument(text, { decodeEntities: true });
    for (const e of DomUtils.findAll(
      (x) => ["div", "article", "body", "section", "span"].includes(x.name),
      doc.children,
    )) {
      assert.deepEqual(
        nodesToBlocks(e.children),
        htmlToBlocks(DomUtils.getInnerHTML(e)),
        `${f} <${e.name} class="${e.attribs.class ?? ""}">`,
      );
      compared++;
    }
  }
  assert.ok(compared > 50, String(compared));
});
