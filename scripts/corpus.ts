/**
 * Synthetic articles for the benchmark, in the page-copy layout of the reference article.
 * Text is generated from a small vocabulary of our own (no third-party text), deterministic
 * per index so runs compare.
 */

const OUTLETS = ["디지털타임스", "전자신문", "한국경제", "매일경제", "연합뉴스", "서울경제", "조선일보", "아시아경제"];
const SUBJECTS = ["삼성전자", "SK하이닉스", "LG전자", "현대자동차", "네이버", "카카오", "메타", "엔비디아", "오픈AI", "테슬라", "포스코", "HD현대"];
const PEOPLE = ["마크 저커버그", "이재용", "최태원", "정의선", "샘 올트먼", "젠슨 황", "구광모", "신동빈"];
const TOPICS = ["AI 반도체", "전기차 배터리", "XR 기기", "HBM 메모리", "생성형 AI", "자율주행", "친환경 선박", "클라우드"];
const VERBS = ["투자를 확대한다", "협력을 강화한다", "신제품을 공개했다", "실적을 발표했다", "조직을 개편했다", "공장 증설을 검토한다"];

/** A tiny deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One synthetic article: its raw file text plus the title and paragraphs it holds. */
export function syntheticArticle(i: number): { text: string; title: string; paragraphs: string[] } {
  const r = rng(i + 1);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const outlet = pick(OUTLETS);
  const subject = pick(SUBJECTS);
  const topic = pick(TOPICS);
  const title = `${subject}, ${topic} ${pick(VERBS).replace(/다$/, "")}… 업계 주목 (${i + 1})`;
  const paragraphs = Array.from({ length: 6 + Math.floor(r() * 6) }, (_, k) =>
    `${pick(SUBJECTS)}는 ${topic} 분야에서 ${pick(VERBS)}. ${pick(PEOPLE)} 회장은 이날 ${pick(TOPICS)} 사업에 대해 설명했다. ` +
    `업계에서는 ${pick(SUBJECTS)}와 ${pick(SUBJECTS)}의 경쟁이 ${k + 1}단계로 접어들었다고 보고 있다. 관계자는 "시장 상황을 지켜보고 있다"고 말했다.`);
  const month = 1 + (i % 12);
  const day = 1 + (i % 28);
  const text = [
    outlet, "", title, `입력 2024.${String(month).padStart(2, "0")}.${String(day).padStart(2, "0")} 0${i % 10}:${String(i % 60).padStart(2, "0")}`,
    "", "프린트 페이스북 트위터 카카오스토리", ...paragraphs.flatMap((p) => [p, ""]),
    `홍길동기자 gildong${i}@example.com`, "", `[ 저작권자 ⓒ${outlet}, 무단 전재 및 재배포 금지 ]`, "",
  ].join("\n");
  return { text, title, paragraphs };
}
