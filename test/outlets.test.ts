/**
 * The outlet registry (_data/outlets.yaml) and its resolver (src/parse/outlet.ts): the rules of
 * the file header hold over the shipped file, and e-mail addresses, hosts and portal copies
 * resolve as documented. Every address and line here is invented for the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadDictionaries, type OutletEntry } from "../src/core/dictionaries.ts";
import { OutletResolver, normalizeDomain } from "../src/parse/outlet.ts";
import { KIND_LABELS } from "../src/site/archive.ts";

const outlets = loadDictionaries().outlets;
const resolver = new OutletResolver(outlets);
const formKey = (s: string) => s.normalize("NFC").toLowerCase().replace(/[\s·]/g, "");

/** The first entry of each list that another entry already claimed, as "form: first, second". */
function claimedTwice(forms: (o: OutletEntry) => string[]): string[] {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const o of outlets) {
    for (const f of new Set(forms(o))) {
      const prev = owner.get(f);
      if (prev && prev !== o.id) clashes.push(`${f}: ${prev}, ${o.id}`);
      else owner.set(f, o.id);
    }
  }
  return clashes;
}

test("the registry covers the Korean press broadly: several hundred outlets in every kind", () => {
  assert.ok(outlets.length >= 400, `${outlets.length} outlets`);
  const byKind = new Map<string, number>();
  for (const o of outlets) byKind.set(o.kind ?? "", (byKind.get(o.kind ?? "") ?? 0) + 1);
  for (const kind of [
    "wire",
    "daily",
    "local",
    "economic",
    "broadcast",
    "online",
    "it",
    "sports",
    "specialty",
    "government",
    "portal",
  ]) {
    assert.ok((byKind.get(kind) ?? 0) > 0, `no outlet of kind ${kind}`);
  }
  // Every kind has a Korean label on the site (src/site/archive.ts).
  assert.deepEqual(
    [...byKind.keys()].filter((k) => !KIND_LABELS.outlet[k]),
    [],
  );
});

test("ids are unique lowercase ASCII, and the ids pages were keyed on before the expansion are kept", () => {
  const ids = outlets.map((o) => o.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(
    ids.filter((id) => !/^[a-z0-9][a-z0-9-]*$/.test(id)),
    [],
  );
  for (const id of [
    "yonhap",
    "chosun",
    "khan",
    "mk",
    "hankyung",
    "kbs",
    "mbc",
    "nocutnews",
    "dt",
    "sportsworld",
    "korea-kr",
    "lawtimes",
    "medigatenews",
  ]) {
    assert.ok(ids.includes(id), id);
  }
});

test("no name or alias belongs to two outlets, even spelled with other case or spaces", () => {
  assert.deepEqual(
    claimedTwice((o) => [o.name, ...(o.aliases ?? [])].map(formKey)),
    [],
  );
});

test("no web or e-mail domain belongs to two outlets, and e-mail domains differ from the web domains", () => {
  assert.deepEqual(
    claimedTwice((o) => [...(o.domains ?? []), ...(o.emailDomains ?? [])].map(normalizeDomain)),
    [],
  );
  for (const o of outlets) {
    for (const d of [...(o.domains ?? []), ...(o.emailDomains ?? [])]) {
      assert.match(
        d,
        /^[a-z0-9-]+(\.[a-z0-9-]+)+$/,
        `${o.id}: "${d}" is a bare lowercase domain (no scheme, path or www.)`,
      );
      assert.ok(!d.startsWith("www."), `${o.id}: ${d}`);
    }
    const web = new Set(o.domains ?? []);
    assert.deepEqual(
      (o.emailDomains ?? []).filter((d) => web.has(d)),
      [],
      o.id,
    );
  }
});

test("no alias is one Hangul syllable, a bare place name or a common word", () => {
  const words = new Set([
    "중앙",
    "경향",
    "세계",
    "국제",
    "한국",
    "매일",
    "내일",
    "오늘",
    "노컷",
    "다음",
    "뉴스",
    "신문",
    "방송",
    "일보",
    "미디어",
    "서울",
    "부산",
    "대구",
    "인천",
    "광주",
    "대전",
    "울산",
    "세종",
    "경기",
    "강원",
    "충북",
    "충남",
    "전북",
    "전남",
    "경북",
    "경남",
    "제주",
    "굿뉴스",
    "코메디",
    "지금여기",
    "교통방송",
    "기독교tv",
    "불교tv",
    "insight",
    "dispatch",
    "news",
    "daily",
    "today",
    "times",
    "focus",
  ]);
  const bad: string[] = [];
  for (const o of outlets) {
    for (const a of o.aliases ?? []) {
      if (/^[\uAC00-\uD7A3]$/.test(a) || words.has(a.toLowerCase())) bad.push(`${o.id}: ${a}`);
    }
  }
  assert.deepEqual(bad, []);
});

test("page furniture and portal names are never read as an outlet name", () => {
  for (const line of [
    "다음 뉴스",
    "이전 뉴스",
    "네이버 뉴스",
    "NAVER 뉴스",
    "Daum 뉴스",
    "줌 뉴스",
    "네이트 뉴스",
    "뉴스",
    "많이 본 뉴스",
    "속보",
    "포토",
    "오피니언",
    "로그인",
  ]) {
    assert.equal(resolver.lookup(line), null, line);
  }
  assert.equal(resolver.findIn("Copyright ⓒ Daum 뉴스. All rights reserved."), null);
});

test("fromUrl: the most specific domain wins, portals are found by host", () => {
  const id = (u: string) => resolver.fromUrl(u)?.id ?? null;
  assert.equal(id("https://www.chosun.com/economy/2024/01/01/"), "chosun");
  assert.equal(id("https://biz.chosun.com/it/"), "chosunbiz");
  assert.equal(id("m.sports.khan.co.kr"), "sports-khan");
  assert.equal(id("https://www.busanmbc.co.kr/news/view?id=1"), "busan-mbc");
  assert.equal(id("https://v.daum.net/v/20240101120000123"), "daum");
  assert.equal(id("https://n.news.naver.com/article/001/0000000001"), "naver");
  assert.equal(id("https://example.org/news"), null);
  // A portal URL inside a clue is where the copy was taken, not who wrote it.
  assert.equal(resolver.fromClue("https://v.daum.net/v/20240101120000123"), null);
  assert.equal(
    resolver.fromClue("기사 원문: https://www.kookje.co.kr/news2011/asp/newsbody.asp?code=0300")
      ?.id,
    "kookje",
  );
});

test("local weeklies, magazines, sister titles and Korean dailies abroad have entries of their own", () => {
  const id = (u: string) => resolver.fromUrl(u)?.id ?? null;
  // A sister title under a group's domain wins over the group (more specific domain).
  assert.equal(id("https://dcnewsj.joins.com/article/1"), "dcnews");
  assert.equal(id("sunday.joins.com"), "joongang-sunday");
  assert.equal(id("https://www.joins.com/"), "joongang");
  assert.equal(id("https://www.chicagokoreatimes.com/news/1"), "chicago-koreatimes");
  assert.equal(id("https://www.okinews.com/news/articleView.html?idxno=1"), "okinews");
  assert.equal(id("https://www.dealsiteplus.co.kr/articles/1"), "dealsite");
  assert.equal(resolver.lookup("중앙SUNDAY")?.name, "중앙선데이");
  assert.equal(resolver.lookup("시민언론 민들레")?.name, "민들레");
  // A city's own weekly is a local paper, not a national daily (the site labels it 지역신문).
  assert.equal(resolver.lookup("고양신문")?.kind, "local");
  assert.equal(KIND_LABELS.outlet[resolver.lookup("옥천신문")?.kind ?? ""], "지역신문");
});

test("fromEmail: e-mail domains first, then web domains, walking up to the parent domain", () => {
  const id = (a: string) => resolver.fromEmail(a)?.id ?? null;
  assert.equal(id("kim.dohyun@kyunghyang.com"), "khan"); // site khan.co.kr, mail kyunghyang.com
  assert.equal(id("<reporter@mbc.co.kr>"), "mbc"); // site imbc.com
  assert.equal(id("SONG@HK.CO.KR"), "hankookilbo");
  assert.equal(id("yu@etomato.com"), "newstomato");
  assert.equal(id("mailto:park@yna.co.kr"), "yonhap"); // same as the web domain
  assert.equal(id("홍길동 기자 hong@busan.com"), "busan-ilbo");
  assert.equal(id("lee@desk.kookje.co.kr"), "kookje"); // a parent domain
  assert.equal(id("baek@sports.khan.co.kr"), "sports-khan"); // a subdomain that is another outlet's site
  assert.equal(id("kyunghyang.com"), "khan"); // a bare domain
  // Personal webmail is no outlet: a portal's domain, or a domain in no entry.
  assert.equal(id("gildong@naver.com"), null);
  assert.equal(id("gildong@hanmail.net"), null);
  assert.equal(id("gildong@gmail.com"), null);
  assert.equal(id("기사 제보는 카카오톡으로"), null);
  assert.equal(id(""), null);
});

test("fromEmail reads emailDomains before web domains, and ignores portals", () => {
  const r = new OutletResolver([
    { id: "web", name: "웹일보", domains: ["shared.example"] },
    {
      id: "mail",
      name: "메일신문",
      domains: ["mail-news.example"],
      emailDomains: ["shared.example"],
    },
    { id: "hub", name: "허브", kind: "portal", domains: ["hub.example"] },
  ]);
  assert.equal(r.fromEmail("a@shared.example")?.id, "mail");
  assert.equal(r.fromEmail("a@desk.shared.example")?.id, "mail");
  assert.equal(r.fromUrl("https://shared.example/1")?.id, "web");
  assert.equal(r.fromEmail("a@mail-news.example")?.id, "mail");
  assert.equal(r.fromEmail("a@hub.example"), null);
  assert.equal(r.fromUrl("hub.example")?.id, "hub");
  assert.equal(r.lookup("허브"), null);
});
