/**
 * A saved RSS 2.0 or Atom file (`.xml`, `.rss`; UTF-8 or EUC-KR declared in the prolog) holds many
 * articles: each item becomes its own article. Every feed here is written for the test (invented
 * stories; real outlets' hosts only as links, so the outlet is found by its domain).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { importSources } from "../src/import/index.ts";
import { decodeBytes } from "../src/decode/decode.ts";
import { parseArticleFile } from "../src/core/article.ts";
import { sourcesWith } from "./helpers.ts";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>한국경제 산업</title>
  <link>https://www.hankyung.com/industry</link>
  <description>산업 뉴스</description>
  <item>
    <title><![CDATA[다온전자, 세종에 배터리 공장 착공]]></title>
    <link>https://www.hankyung.com/article/2024030512345</link>
    <guid isPermaLink="true">https://www.hankyung.com/article/2024030512345</guid>
    <dc:creator>김하늘</dc:creator>
    <pubDate>Tue, 05 Mar 2024 08:30:00 +0900</pubDate>
    <description>요약문이다.</description>
    <content:encoded><![CDATA[<p>다온전자가 5일 세종시에서 배터리 공장 착공식을 열었다. 회사는 2026년 가동을 목표로 한다.</p><p>회사 관계자는 &quot;지역에서 500명을 뽑을 계획&quot;이라고 말했다.</p>]]></content:encoded>
  </item>
  <item>
    <title>나래화학, 1분기 영업이익 &amp; 매출 늘어</title>
    <link>https://www.hankyung.com/article/2024030698765</link>
    <author>rain@example.com (이보람)</author>
    <pubDate>Tue, 05 Mar 2024 23:10:00 GMT</pubDate>
    <description>&lt;p&gt;나래화학의 1분기 영업이익이 작년보다 20% 늘었다. 회사는 6일 실적을 발표했다.&lt;/p&gt;&lt;p&gt;증권가는 2분기 전망도 밝다고 본다.&lt;/p&gt;</description>
  </item>
  <item>
    <title>날짜 없는 항목</title>
    <link>https://www.hankyung.com/article/2024030700001</link>
    <description>다온시가 새 도서관을 짓는다고 밝혔다. 시는 설계를 곧 마무리한다.</description>
  </item>
</channel>
</rss>
`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>연합뉴스 경제</title>
  <link href="https://www.yna.co.kr/economy"/>
  <updated>2024-03-05T10:00:00Z</updated>
  <id>tag:example,2024:economy</id>
  <entry>
    <title type="html">한빛은행, 대출 금리 &lt;b&gt;인하&lt;/b&gt;</title>
    <link rel="alternate" href="https://www.yna.co.kr/view/AKR20240305000100002"/>
    <id>tag:example,2024:1</id>
    <published>2024-03-05T00:15:00Z</published>
    <updated>2024-03-05T02:00:00Z</updated>
    <author><name>박소라</name></author>
    <content type="html">&lt;p&gt;한빛은행이 5일 주택담보대출 금리를 0.2%포인트 내렸다.&lt;/p&gt;&lt;p&gt;은행은 경쟁이 심해졌다고 설명했다.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>가람증권, 새 대표 선임</title>
    <link href="https://www.yna.co.kr/view/AKR20240305000200002"/>
    <id>tag:example,2024:2</id>
    <updated>2024-03-05T15:00:00</updated>
    <summary>가람증권이 5일 이사회를 열고 새 대표를 선임했다. 새 대표는 내부 출신이다.</summary>
  </entry>
</feed>
`;

const EUC_KR_RSS = iconv.encode(
  `<?xml version="1.0" encoding="EUC-KR"?>
<rss version="2.0"><channel><title>지역 소식</title><link>https://www.hankyung.com/</link>
<item><title>다온시, 도서관 건립 계획 발표</title><link>https://www.hankyung.com/article/2024030811111</link>
<pubDate>Fri, 08 Mar 2024 14:00:00 +0900</pubDate>
<description>다온시는 8일 시청에서 새 도서관 건립 계획을 발표했다. 시 관계자는 설계를 마무리하겠다고 말했다.</description></item>
<item><title>나래군, 축제 일정 확정</title><link>https://www.hankyung.com/article/2024030822222</link>
<pubDate>Fri, 08 Mar 2024 15:00:00 +0900</pubDate>
<description>나래군은 봄 축제를 4월에 연다고 8일 밝혔다. 군은 관광객 10만명을 기대한다.</description></item>
</channel></rss>
`,
  "cp949",
);

function importFeeds(files: Record<string, string | Buffer>) {
  const { sourcesDir, articlesDir } = sourcesWith(files);
  const run = () => importSources({ sourcesDir, articlesDir });
  const report = run();
  const articles = report.results
    .filter((r) => r.article)
    .map((r) => ({
      result: r,
      ...parseArticleFile(readFileSync(path.join(articlesDir, r.article!), "utf8")),
    }));
  const byTitle = (t: string) => articles.find((a) => a.meta.title === t)!;
  return { report, articles, byTitle, run };
}

test("an RSS 2.0 file: each item is an article (title, date, reporter, outlet from the link, HTML body)", () => {
  const { report, articles, byTitle, run } = importFeeds({ "industry.xml": RSS });
  assert.equal(report.counts.failed, 0);
  assert.equal(articles.length, 3, "three items, three articles");
  const a = byTitle("다온전자, 세종에 배터리 공장 착공");
  assert.equal(a.meta.outlet, "한국경제");
  assert.equal(a.meta.date, "2024-03-05T08:30:00+09:00");
  assert.deepEqual(a.meta.reporters, [{ name: "김하늘" }]);
  assert.equal(a.meta.source.layout, "xml-feed");
  assert.match(a.meta.source.file, /^industry\.xml#/);
  // content:encoded is the body (not the description's summary), with its entities decoded.
  assert.match(a.body, /^다온전자가 5일 세종시에서/);
  assert.match(a.body, /"지역에서 500명을 뽑을 계획"/);
  assert.doesNotMatch(a.body, /<p>|요약문이다/);
  const b = byTitle("나래화학, 1분기 영업이익 & 매출 늘어");
  assert.equal(b.meta.date, "2024-03-06T08:10:00+09:00", "GMT turned into Korea time");
  assert.deepEqual(b.meta.reporters, [{ name: "이보람", email: "rain@example.com" }]);
  assert.match(b.body, /20% 늘었다\.[^]*증권가는/);
  const c = byTitle("날짜 없는 항목");
  assert.equal(c.meta.date, null, "never invented (not the channel's date either)");
  assert.equal(c.meta.dateSource, "none");
  // Each item's article has its own file, and a second run changes nothing.
  assert.equal(new Set(articles.map((x) => x.result.article)).size, 3);
  const none = importFeeds({
    "empty.xml":
      '<?xml version="1.0"?><rss version="2.0"><channel><title>빈 피드</title></channel></rss>',
  });
  assert.equal(none.report.results[0].reason, "기사 아님: 항목이 없는 RSS/Atom 피드");
  const again = run();
  assert.equal(again.counts.unchanged, 3);
  assert.equal(again.orphans.length, 0, "an item's article is no orphan of its feed file");
});

test("an Atom file: each entry is an article; published before updated, Z and bare times in Korea time", () => {
  const { articles, byTitle } = importFeeds({ "economy.atom.xml": ATOM });
  assert.equal(articles.length, 2);
  const a = byTitle("한빛은행, 대출 금리 인하");
  assert.equal(a.meta.outlet, "연합뉴스");
  assert.equal(a.meta.date, "2024-03-05T09:15:00+09:00");
  assert.deepEqual(a.meta.reporters, [{ name: "박소라" }]);
  assert.match(a.body, /0\.2%포인트 내렸다\.\n\n은행은/);
  const b = byTitle("가람증권, 새 대표 선임");
  assert.equal(b.meta.date, "2024-03-05T15:00:00+09:00", "no offset: Korea time");
  assert.match(b.body, /^가람증권이 5일 이사회를/);
});

test("an EUC-KR feed declared in its prolog is decoded and split", () => {
  const { articles, byTitle } = importFeeds({ "local.rss": EUC_KR_RSS });
  assert.equal(articles.length, 2);
  const a = byTitle("다온시, 도서관 건립 계획 발표");
  assert.equal(a.meta.source.encoding, "cp949");
  assert.equal(a.meta.date, "2024-03-08T14:00:00+09:00");
  assert.match(a.body, /새 도서관 건립 계획을 발표했다/);
  assert.ok(byTitle("나래군, 축제 일정 확정"));
});

test("a short EUC-KR file that declares its encoding is read as CP949 (the detector alone guesses Latin-1)", () => {
  const bytes = iconv.encode(
    `<?xml version="1.0" encoding="euc-kr"?><rss version="2.0"><channel><title>Feed</title>
<item><title>한빛</title><link>https://www.example.com/a/1</link><description>Short text 가람.</description></item>
<item><title>나래</title><link>https://www.example.com/a/2</link><description>More text 다온.</description></item>
</channel></rss>`,
    "cp949",
  );
  const decoded = decodeBytes(bytes);
  assert.ok(decoded.ok, "decoded");
  assert.equal(decoded.ok && decoded.encoding, "cp949");
  assert.match(decoded.ok ? decoded.text : "", /<title>한빛<\/title>/);
  // A page that declares EUC-KR in its meta tag, the same.
  const page = iconv.encode(
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head><body><p>Text 한빛.</p></body></html>',
    "cp949",
  );
  const p = decodeBytes(page);
  assert.equal(p.ok && p.encoding, "cp949");
  // A declaration never makes bytes that are not CP949 readable as it.
  assert.equal(decodeBytes(Buffer.from([0x3c, 0x3f, 0xff, 0xfe, 0xfd])).ok, false);
});
