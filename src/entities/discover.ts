/**
 * Discovery: people and companies that the dictionaries do not know yet, found by their shape in
 * the text, for `sillok entities` to list (and, only when the user opts in with
 * `discover.people` in `_data/entities.yaml`, for the entity stage to add).
 *
 * People — Korean news introduces a person as an apposition, name first and title last
 * (보도자료·기사 작성 관행; 「한국어 어문 규범」 띄어쓰기 규정 제48항: 성명과 호칭·관직명은 띄어 씀):
 *   `<name> [<organisation words, up to 3>] <role>` — 김민지 한빛대 경영학과 교수는,
 *   우융밍 알리바바 최고경영자(CEO)는, 연태준 미국 변호사는; or `<name>(<age>·…)` — 김문희(50·사법연수원 34기).
 * A name is 2–4 Hangul syllables starting with a Korean surname (this also fits most Chinese
 * names as Korean news writes them: 우융밍, 류츠핑), or a Western given name from
 * {@link GIVEN_NAMES} followed by one more word (데이비드 워터스). Common words that look like
 * names (정부, 한국, 이날 …) are in {@link NOT_NAMES}.
 *
 * Companies — tokens with a company shape: `㈜X`/`(주)X`, or a word ending in a company suffix
 * ({@link COMPANY_SUFFIXES}: …그룹, …전자, …은행, …증권, …바이오 …).
 *
 * Everything here is a pure function of text; linear in its length.
 */
import type { Mention } from "./match.ts";
import { isParticleRun, stripParticles } from "./particles.ts";

/**
 * Titles and roles that follow a person's name in Korean news (apposition). Matched as the end
 * of a word, so 수석부동산전문위원 ends in 위원 and 미국변호사 in 변호사. Source: the titles used in
 * Korean business and political reporting (corporate ranks, public offices, professions).
 */
export const ROLES: readonly string[] = [
  "명예회장", "부회장", "회장", "부사장", "사장", "대표이사", "공동대표", "대표", "최고경영자", "CEO", "CFO", "CTO", "COO",
  "공동창업자", "창업자", "창업주", "이사회 의장", "의장", "부총리", "총리", "장관", "차관", "대통령", "부통령", "당선인",
  "국회의원", "의원", "원내대표", "위원장", "부위원장", "전문위원", "연구위원", "위원", "부총재", "총재", "원장", "청장",
  "도지사", "지사", "구청장", "군수", "특임교수", "교수", "연구원", "애널리스트", "이코노미스트", "전략가",
  "변호사", "변리사", "회계사", "판사", "검사장", "검사", "대법원장", "대법관", "총장", "학장", "센터장", "소장",
  "본부장", "부문장", "사업부장", "실장", "부국장", "국장", "팀장", "전무", "상무", "고문", "대변인", "책임자", "여사",
  "감독", "선수",
  // Diplomats and officials (외교부·정부 인사 발표의 직함): 주일대사, 상하이 총영사, 대북특사, 동북아국 심의관.
  "대사", "총영사", "특사", "차석", "참사관", "심의관", "정책관", "기획관", "담당관", "비서관", "수석", "부장", "부부장",
  "이사장", "이사", "주석", "부주석", "처장", "관장", "단장", "과장", "차장", "지검장", "서장", "교장",
  // Think tanks and media: 한국 석좌 (Korea Chair), 월드사업부 프로듀서, 뉴미디어마케팅 그룹장.
  "석좌", "프로듀서", "그룹장", "피디", "PD",
  // Commanders, aides (특수전사령관, 장관정책보좌관) and other trades that news writes after a
  // name (요리사, 활동가, 목사, 선생). Not 시장: 전기차 시장, 부동산 시장 are markets far more often
  // than a mayor.
  "사령관", "보좌관", "요리사", "셰프", "활동가", "강사", "목사", "신부", "스님", "선생", "건축가", "편집인", "주필",
];

/** Western given names as Korean news writes them: the first word of a two-word foreign name. */
export const GIVEN_NAMES: readonly string[] = [
  "데이비드", "마이클", "마이크", "존", "제임스", "로버트", "윌리엄", "리처드", "토머스", "찰스", "조지", "제프리", "제프",
  "스콧", "스티브", "스티븐", "피터", "폴", "마크", "매튜", "맷", "앤드루", "브라이언", "케빈", "에릭", "팀", "톰", "빌",
  "잭", "벤", "대니얼", "크리스", "크리스토퍼", "제이슨", "라이언", "저스틴", "블라디미르", "세르게이", "알렉산더", "알렉스",
  "에리카", "메리", "제니퍼", "리사", "사라", "캐서린", "엘리자베스", "수전", "낸시", "재닛", "크리스틴", "로라", "에밀리",
  "안나", "마리아", "줄리", "아누라그", "라훌", "래리", "도널드", "조너선", "이고르", "패트릭", "프랭크", "게리", "제이미",
  "마리오", "제롬", "에마뉘엘", "올라프", "앙겔라", "리시", "키어", "나렌드라", "무함마드", "하비에르", "빅토르", "레제프",
  "볼로디미르", "우르줄라", "샤를", "피에르", "프랑수아", "한스", "볼프강", "카를로스", "호세", "루이스", "마르코", "카를",
  "앤서니", "조슈아", "니콜라스", "로널드", "하워드", "워런", "제이크", "케이트", "샘", "일론", "젠슨", "사티아", "순다르",
  "브루스", "수미", "빅터", "대니", "앨런", "닉", "데릭", "더글러스", "에드워드", "그레이엄", "해리", "헨리", "제이", "켄",
  "케네스", "로저", "랜들", "랜달", "셰리", "앤", "애덤", "빅토리아", "마커스", "웬디", "캐슬린", "캐런", "카렌", "헬렌",
  "힐러리", "데니스", "대런", "필립", "레이", "레이먼드", "루크", "제러미", "제레미", "조엘", "조던", "케이시", "월터",
  "웨인", "빌리", "매슈", "토니", "후안", "미겔", "라파엘", "올리비에", "크리스티앙", "니콜라", "안토니우", "안토니오",
  "존스", "에번", "에반", "에드", "제프리스", "앤디", "아서", "에런", "애런", "그레그", "그렉", "숀", "션", "스탠리",
  "시드니", "어니스트", "볼프람", "오스카", "앨리슨", "페데리카", "에이브러햄", "자넷", "재닛", "줄리아", "클레어", "패트리샤", "퍼트리샤", "로버타", "마거릿", "멜라니",
];

/** Korean surnames (통계청 2015 인구주택총조사 성씨 목록의 상위 성씨), one or two syllables. */
export const SURNAMES: readonly string[] = [
  ..."김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감호계",
  "남궁", "황보", "제갈", "선우", "독고", "사공", "서문",
];

/**
 * Words shaped like a Korean name (surname + one or two syllables) that are ordinary words in
 * news text, e.g. 정부 대변인, 이날 회장은, 주요 기업 대표. Extend it when `sillok entities`
 * lists a word that is not a name.
 */
export const NOT_NAMES = new Set([
  "정부", "한국", "이날", "이번", "이후", "이어", "이에", "이를", "이는", "이와", "이미", "이상", "이하", "이제", "이들", "이사", "신임", "전임",
  "공동", "주요", "조합", "노조", "여야", "여당", "야당", "국회", "지역", "현직", "전직", "현재", "당시", "한편", "최근", "정치", "경제",
  "조선", "고위", "민간", "전국", "국내", "해외", "양국", "양측", "양사", "회사", "기업", "우리", "남북", "안보", "사무", "부장", "한때",
  "차기", "초대", "후임", "전문", "강사", "당국", "정책", "금융", "경영", "기술", "국제", "국가", "중앙", "지방", "시장", "사장", "대표",
  "위원", "장관", "의원", "교수", "변호사", "선수", "감독", "최고", "최대", "최초", "최종", "신규", "신설", "정식", "정규", "정상", "임시",
  "임원", "직원", "구성원", "구단", "구청", "도청", "시청", "군청", "한국은행", "한은", "미국", "중국", "일본", "영국", "독일", "인도", "유럽",
  "전체", "전원", "전직원", "전략", "전망", "전문가", "장기", "단기", "강조", "강화", "조사", "조정", "조치", "안팎", "안전", "송년", "신년",
  "연구", "연합", "연간", "유명", "유력", "고문", "공식", "공개", "공정", "공공", "공사", "성장", "성명", "방문", "방송", "하지만", "그러나",
  "계열", "계열사", "총괄", "부사장", "회장", "부회장", "명예", "현지", "현장", "지난", "오는", "오전", "오후", "지금", "지난해", "올해",
  "연말", "연초", "이사회", "주주", "주총", "노사", "사외", "상임", "비상임", "상근", "수석", "선임", "책임", "담당", "소속", "출신", "국장",
  "이들", "그들", "정부측", "모두", "어떻게", "가운데", "오로지", "이같이", "이같은", "최측근", "정치학", "정치국", "부총리",
  "부원장", "마카오", "예결위", "사무국", "소녀상", "주석", "주인공", "공동체", "어머니", "아버지", "할머니", "할아버지", "어르신", "동시에", "한마디", "무엇보다", "기관지", "위해서", "모든", "각각", "함께", "한명", "두명", "원장", "청장", "감사", "심사", "인사", "차장", "과장", "부문", "본부", "구속",
]);

/** Suffixes that make a token company-shaped (…그룹, …전자, …은행 …). */
export const COMPANY_SUFFIXES: readonly string[] = [
  "그룹", "전자", "은행", "증권", "바이오", "캐피탈", "캐피털", "건설", "화학", "생명", "홀딩스", "제약", "중공업",
  "자산운용", "엔터테인먼트", "테크놀로지", "물산", "실업", "파트너스", "인베스트먼트",
];

/**
 * Ordinary words with a company suffix: kinds of bank, industry or group, not a company
 * (중앙은행, 석유화학, 공공건설, 금융그룹). Matched on the part before the suffix.
 */
const GENERIC_PREFIX = /^(중앙|시중|지방|인터넷|국책|상업|투자|저축|외국계|외국|특수|개발|석유|정밀|기초|정밀화학|공공|해외|주택|민간|경제|정치|토목|대기업|재벌|금융|계열|중견|대형|중소|국내|글로벌|생명|가전|소비자|신생|제약|전통|바이오|모든|주요|일부|각|타|전|현|옛|이들|해당|다른)$/;

/** A person candidate: the name, the role seen with it, and where. */
export interface PersonCandidate {
  name: string;
  role: string;
  /** The sentence it was found in (trimmed to about 160 characters). */
  sentence: string;
}

/** A company candidate: the token as written (particles removed) and its sentence. */
export interface CompanyCandidate {
  name: string;
  sentence: string;
}

const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;
/** {@link SURNAMES} as a set, for lookups on hot paths. */
export const SURNAME_SET: ReadonlySet<string> = new Set(SURNAMES);
const GIVEN_SET = new Set(GIVEN_NAMES);
const ROLES_BY_LENGTH = [...ROLES].sort((a, b) => b.length - a.length);

/**
 * Last syllables that end ordinary words and particles far more often than given names
 * (여론과, 부산대, 민주당, 기업에, 강조한, 계기로, 지명돼, 계몽사, 금융위, 조달처, 노동절, 이렇게, 감독님, 전기차, 공관장 …); 다 also ends Japanese family names
 * that precede a given name (구로다 후쿠미), which are not a full name on their own.
 */
const NOT_NAME_ENDINGS = new Set([..."과와을를는가이에의로도한된할갈면해대당관부구계청회단법케고야적급번달기돼다냐사위처절게님차장"]);

/**
 * Given-name syllables before a final 은 (다은, 지은, 하은 …): other words ending in 은 are a
 * noun with the topic particle (현안은, 주장은).
 */
const BEFORE_EUN = new Set([..."다지하서수예가혜세주채소나윤연시유도태정민"]);

/** People nouns ending in 자/인/공/원/민 that have a name's shape (노동자, 경제인, 소년공, 원주민). */
const PEOPLE_NOUN = /(원주|실향|이주|귀화|피난|이재|노동|소비|투자|사업|근로|관계|책임|당사|참석|지지|피해|가입|이용|운전|신청|수요|공급|개발|기술|경영|생산|수혜|구매|판매|출연|노숙|경제|기업|언론|법조|소년|대변|연구|정치|지도|주도|보호|후원|설립|기부|구직|수상|유족)(자|인|공|원|민)$/;
/** Kinship and role words before a copula 인 (모친인, 회장인): `X인 <name>` is not a name. */
const COPULA_AFTER = /(모친|부친|부인|아들|딸|남편|아내|동생|형|누나|오빠|언니|장남|차남|삼남|장녀|차녀|막내|손자|손녀|조카|사위|며느리|측근|회장|대표|사장|의장|출신|소속|주자|하나|맹주|주역|주인공|당사자)인$/;

/**
 * True when `w` has the shape of a Korean full name: three syllables starting with a one-syllable
 * surname, or four with a two-syllable one (남궁민수), not a listed common word and not ending in
 * a syllable that ends ordinary words ({@link NOT_NAMES}); a final 이 is allowed when
 * `particleFollows` (the word went on with a particle: 손제이가). Two-syllable names (이산, 선둬) are
 * left out: too many ordinary words have that shape.
 */
export function isNameShaped(w: string, particleFollows = false): boolean {
  if (!HANGUL_WORD.test(w) || NOT_NAMES.has(w)) return false;
  // A final 이 is usually the subject particle, unless a particle follows it (손제이가, 손제이는).
  if (NOT_NAME_ENDINGS.has(w[w.length - 1]) && !(particleFollows && w.endsWith("이"))) return false;
  if (PEOPLE_NOUN.test(w) || COPULA_AFTER.test(w)) return false;
  if (w.endsWith("은") && !BEFORE_EUN.has(w[w.length - 2])) return false;
  if (/^.모씨?$/.test(w)) return false; // 이모씨, 김모: a name withheld
  if ([...w].some(isLoanSyllable)) return false; // 사치코, 케빈: a transliteration
  if (/(셔서|어서|아서|해서|려고|면서|지만)$/.test(w)) return false; // verb forms: 주셔서, 나서면서
  if (w.length === 3) return SURNAME_SET.has(w[0]);
  return w.length === 4 && SURNAME_SET.has(w.slice(0, 2));
}

/**
 * True for a syllable that no Chinese character reads as in Korean and that Korean given names
 * (Sino-Korean or native: 다온, 하람) do not use, but transliterations do: an initial ㅋ (코, 키),
 * ㅡ with no final (스, 츠, 즈, 트), ㅔ after other than ㅅ ㅈ ㅊ (케, 테, 페, 레), and 샤 쇼 슈 츄 퓨 뷰 뮤 푸 ….
 * Source: the readings of 한국어문회 배정한자 (none of these syllables is one).
 */
function isLoanSyllable(ch: string): boolean {
  const c = ch.charCodeAt(0) - 0xac00;
  if (c < 0 || c > 11171) return false;
  const initial = Math.floor(c / 588), vowel = Math.floor((c % 588) / 28), final = c % 28;
  if (initial === 15) return true; // ㅋ
  if (final !== 0) return false;
  if (vowel === 18) return initial !== 11; // 스 츠 즈 트 (으 aside)
  if (vowel === 5) return ![9, 12, 14].includes(initial); // 세 제 체 are Sino-Korean
  if (vowel === 17) return [6, 7, 9, 14, 17].includes(initial); // 뮤 뷰 슈 츄 퓨
  if (vowel === 2) return [2, 5, 9, 12, 14, 16, 17].includes(initial); // 냐 랴 샤 쟈 챠 탸 퍄
  if (vowel === 12) return [9, 12, 14, 16].includes(initial); // 쇼 죠 쵸 툐
  if (vowel === 13) return initial === 17; // 푸
  return false;
}

/** The role a word ends with, and the particle run after it must be valid; null when none. */
function roleOf(word: string, roles: readonly string[] = ROLES_BY_LENGTH): string | null {
  for (const r of roles) {
    const i = word.indexOf(r);
    if (i < 0) continue;
    const rest = word.slice(i + r.length);
    // 님 is the honorific a role takes in speech and thanks (작가님, 감독님께).
    const after = rest.startsWith("님") ? rest.slice(1) : rest;
    if (after === "" || /^[(（]/.test(after) || (HANGUL_WORD.test(after) && isParticleRun(after)) || /^[,.·”"'’)]/.test(after)) return r;
  }
  return null;
}

/**
 * Splits text into sentences at `.`, `?`, `!` followed by space, and at line breaks; a period
 * glued to the next sentence (풀이된다.박합수) also ends one, 3.5% does not.
 * @returns `[start, end)` spans in UTF-16 code units, trimmed, non-empty
 */
export function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const boundary = /(?<=[.?!])\s+|(?<=[\uAC00-\uD7A3][.?!])(?=[\uAC00-\uD7A3“"])|\n+/g;
  let at = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push([a, b]);
  };
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0] === "" && m.index === at) {
      boundary.lastIndex++;
      if (m.index > 0 && m.index < text.length) push(at, m.index), (at = m.index);
      continue;
    }
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, text.length);
  return out;
}

const trimSentence = (s: string) => (s.length > 160 ? `${s.slice(0, 159)}…` : s);

/** Words of a sentence with their punctuation kept on the word (the tokenizer of this module). */
const words = (s: string) => s.split(/[\s\u00A0]+/).filter(Boolean);


/**
 * Sports and film nouns that also head compounds and verb nouns (관리 감독 기관, 선수 선발, 코치 역할):
 * before a name they count only when the name carries a particle or punctuation (감독 홍다온이,
 * 선수 백다온, …), never a bare word that may go on as a noun phrase (감독 기관인 …).
 */
const ROLES_BEFORE_PARTICLE_ONLY: readonly string[] = ["감독", "선수", "코치"];

/**
 * Sports nouns that Korean sports news puts before a player's name (기대주 손제이, 투수 김민수,
 * 골퍼 박다온). Other roles count before a name only with the copula 인 or in quotes
 * (src/entities/discover.ts `roleBefore`).
 */
export const ROLES_BEFORE: readonly string[] = [
  "골퍼", "프로골퍼", "투수", "타자", "기대주", "유망주", "루키",
  // Entertainment and arts news (배우 정려원이, 가수 아이유는, 소설가 한강): the occupation leads.
  "배우", "가수", "작가", "소설가", "시인", "화가", "개그맨", "개그우먼", "방송인", "아나운서", "래퍼", "피아니스트",
  "바이올리니스트", "첼리스트", "지휘자", "성악가", "안무가", "영화감독", "건축가", "성우",
  ...ROLES_BEFORE_PARTICLE_ONLY,
];

/** Roles an apposition after a name may end with, for discovery: no press titles (bylines). */
const DISCOVERY_ROLES = () => QUALIFIER_ROLES.filter((r) => !["기자", "특파원", "앵커", "필자"].includes(r));

/**
 * Chinese surnames as Korean news transliterates them (국립국어원 외래어 표기법, 중국어 표기),
 * leaving out syllables that begin many Korean words (장, 마, 한, 우, 양, 황 …): a two-syllable
 * name (선둬, 리빈) is only read as one with such a surname, before a known company and a role.
 */
const CHINESE_SURNAMES = new Set([..."리왕류쑨탕허궈린량쉬펑뤄둥덩셰선쩡쉐"]);

/** A word as the tokenizer sees it: text and offset in the scanned text. */
interface Token { w: string; at: number }

/** Opening punctuation a name may carry (quotes, brackets, headline dashes and bullets). */
const LEAD = /^[“"‘'(\[<「『\-–—△▲▷▶◇◆◈○●•·…]+/;

/**
 * Finds person candidates in `text` (names already known are masked by the caller,
 * {@link maskMentions}; `display`, same length as `text`, is where example sentences are cut
 * from). A name is
 * - a Korean full name ({@link isNameShaped});
 * - a Western given name from {@link GIVEN_NAMES} and the next word (마이크 호, 데이비드 워터스);
 * - two transliterated words, family name first, with an apposition after them
 *   ({@link foreignPair}: 오구라 키조 교토대 교수, 수미 테리 선임연구원);
 * - a Chinese name with its characters (리잔수(栗戰書)) or with a surname no Korean has
 *   (리잔수 전인대 상무위원장), counted only with a role (see `chineseName`);
 * - or, only before a known company (`선둬 바이두 … 책임자`), a two-syllable name.
 * It counts when the text says it is a person, by one of these cues:
 * - an apposition after it ({@link qualifierAfter}): up to four organisation words and a role
 *   (김민지 한빛대 경영학과 교수는), or 씨 (김민수 씨는, 김민수씨는); further bare names right
 *   before the same role share it (조다온 유하람 의원과), and so do names joined by middle dots
 *   (이다온·김하람 의원); a press title only with an organisation word and no byline mark
 *   (최다온 KBS 기자, …);
 * - an age in parentheses: 김문희(50·사법연수원 34기), also several joined by dots;
 * - a role before it (see `roleBefore`): an arts or sports noun ({@link ROLES_BEFORE}: 배우 정려원이,
 *   투수 김민수, and a comma list after it), any role with the copula 인 or in quotes, the post of a
 *   bulleted appointee (`▲주 가나 대사 백다온 ▲…`, `▷홍보부장 인하람`), a post with 에 in an
 *   appointment sentence (대사에 백다온 전 …), or an organisation's head in parentheses
 *   (강동구(구청장 이다온));
 * - a bulleted item with the post in parentheses: `▲김다온(한빛대 교수)`;
 * - a quote right after a name that opens a headline or digest item: `-김지현 “…”`.
 * @returns candidates in text order, with repeats
 */
export function findPeople(text: string, display = text): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  const roles = DISCOVERY_ROLES();
  for (const [a, b] of sentenceSpans(text)) {
    const sentence = trimSentence(display.slice(a, b));
    const toks: Token[] = [...text.slice(a, b).matchAll(TOKEN)].map((m) => ({ w: m[0], at: a + m.index! }));
    for (let i = 0; i < toks.length; i++) {
      const lead = LEAD.exec(toks[i].w)?.[0] ?? "";
      const raw = toks[i].w.slice(lead.length);
      const start = toks[i].at + lead.length;
      const push = (name: string, role: string) => out.push({ name, role, sentence });
      const skipTo = (end: number) => { while (i + 1 < toks.length && toks[i + 1].at < end) i++; };
      // A foreign name written family name first (오구라 키조, 수미 테리): two transliterated words
      // and an apposition after them.
      const pair = foreignPair(text, toks, i, raw, start, roles);
      if (pair) {
        push(pair.name, pair.role);
        skipTo(pair.end);
        continue;
      }
      // Names joined by middle dots before one apposition: 이다온·김하람 의원, 이다온·김하람·박서우 전 의원.
      const joined = joinedNames(text, toks[i], raw, start, roles);
      if (joined) {
        for (const n of joined.names) push(n, joined.role);
        skipTo(joined.end);
        continue;
      }
      // A list item that opens with the name and gives the post in parentheses: ▲김다온(한빛대 교수).
      if (BULLET.test(lead)) {
        const item = /^([\uAC00-\uD7A3]{3,4}) ?[(（]([^)）]{1,40})[)）]/.exec(text.slice(start, start + 50));
        const role = item && isNameShaped(item[1]) ? roleOf(item[2].trim().split(/\s+/).pop()!, roles) : null;
        if (item && role) {
          push(item[1], role);
          skipTo(start + item[0].length);
          continue;
        }
      }
      // A name with an age in parentheses, or several joined by middle dots: 김다온(45·사법연수원
      // 30기)·박하람(52·28기) 변호사.
      const aged = [...raw.matchAll(/(?:^|[)）]·)([\uAC00-\uD7A3]{2,4})\((\d{2})[·,)]/g)].map((m) => m[1]).filter((n) => isNameShaped(n));
      if (aged.length) {
        for (const n of aged) push(n, "");
        continue;
      }
      const r = readName(toks, i, raw, start);
      if (!r) continue;
      if (r.role) {
        push(r.name, r.role);
        continue;
      }
      if (r.bare) {
        const q = qualifierAfter(text, r.end, roles, 4) ?? pressQualifier(text, r.end);
        // `<post>에 <name>` names the appointee, and the word before the post is its place
        // (주시안 총영사에 김다온): not a name.
        if (q && /에$/.test(text.slice(q.start, q.end)) && isNameShaped(/^\S*/.exec(text.slice(q.end).trimStart())![0])) continue;
        if (q) {
          push(r.name, q.role);
          // Further bare names before the same role share it (조다온 유하람 김서우 의원과): a run of
          // full names; the apposition's other words are not names.
          for (let j = r.last + 1; j < toks.length && toks[j].at < q.end; j++) {
            if (!isNameShaped(toks[j].w)) break;
            push(toks[j].w, q.role);
          }
          skipTo(q.end);
          continue;
        }
      }
      if (r.twoSyllable || r.needsRole) continue;
      const before = lead ? null : roleBefore(toks, i, r);
      if (before) {
        push(r.name, before);
        i = r.last;
        // A list after the role: 배우 김다온, 박하람, 이서우에게도.
        while (/,$/.test(toks[i].w) && i + 1 < toks.length) {
          const t = toks[i + 1];
          const n = readName(toks, i + 1, t.w, t.at);
          if (!n || n.name.includes(" ") || n.needsRole || n.twoSyllable) break;
          push(n.name, before);
          i = n.last;
        }
        continue;
      }
      if (r.bare && quotedAfter(toks, r.last, lead, i)) push(r.name, "");
    }
  }
  return out;
}

/** Press titles, left out of discovery roles because a byline ends with one (홍다온 기자 =). */
const PRESS_ROLES = ["기자", "특파원", "앵커"];

/**
 * A press title as an apposition in running text, not a byline: an organisation word between the
 * name and the title, and a comma or particle after it (`위원으로는 최다온 KBS 기자, 김하람 …`).
 */
function pressQualifier(text: string, end: number): Qualifier | null {
  const q = qualifierAfter(text, end, PRESS_ROLES, 2);
  if (!q || !/\s/.test(text.slice(q.start, q.end))) return null;
  const word = /\S+$/.exec(text.slice(q.start, q.end))![0];
  return new RegExp(`${q.role}(?:,|[\uAC00-\uD7A3]+)$`).test(word) && !/[=@]/.test(text.slice(q.end, q.end + 3)) ? q : null;
}

/**
 * Tokens: runs of non-space characters, also cut before a list bullet glued to the previous
 * item (`대사 추원훈▲폴란드대사 선미라`); the bullet stays on the next token as its lead.
 */
const TOKEN = /[▲△◇◆▶▷◈○●•][^\s\u00A0▲△◇◆▶▷◈○●•]*|[^\s\u00A0▲△◇◆▶▷◈○●•]+/g;
/** List bullets that open an item of an appointments or members list. */
const BULLET = /[▲△◇◆▶▷◈○●•]/;

/**
 * Syllables of Japanese words as Korean writes them (국립국어원 외래어 표기법 제3장 제6절 일본어의
 * 표기, 가나와 한글 대조표): the vowels ㅏ ㅣ ㅜ ㅔ ㅗ and ㅑ ㅠ ㅛ, ㅡ only in 스 쓰 츠 즈, a final ㄴ (ン)
 * or ㅅ (促音 っ). Korean words rarely use only these (no ㅓ, ㅐ, ㅕ, no final ㄱ ㄹ ㅁ ㅂ ㅇ); a
 * Western name that fits (수미 테리) is read the same way.
 */
function isKanaSyllable(ch: string): boolean {
  const c = ch.charCodeAt(0) - 0xac00;
  if (c < 0 || c > 11171) return false;
  const initial = Math.floor(c / 588), vowel = Math.floor((c % 588) / 28), final = c % 28;
  if (final !== 0 && final !== 4 && final !== 19) return false; // none, ㄴ, ㅅ
  if ([1, 4, 8, 13].includes(initial)) return false; // ㄲ ㄸ ㅃ ㅉ
  if (initial === 10) return vowel === 18; // ㅆ only in 쓰
  // ㅏ0 ㅑ2 ㅔ5 ㅗ8 ㅘ9 ㅛ12 ㅜ13 ㅠ17 ㅡ18 ㅣ20
  if (vowel === 18) return [9, 10, 12, 14].includes(initial); // 스 쓰 즈 츠
  if (vowel === 9) return initial === 11; // 와
  return [0, 2, 5, 8, 12, 13, 17, 20].includes(vowel);
}

const KANA_WORD = (w: string) => /^[\uAC00-\uD7A3]{2,5}$/.test(w) && [...w].every(isKanaSyllable);

/**
 * Kana-shaped words that are not a family name: place names that open an apposition
 * (도쿄 소니 사장), ordinary words and particles of that shape. Extend when `sillok entities`
 * lists a pair that is not a name.
 */
const NOT_FOREIGN_NAMES = new Set([
  "도쿄", "오사카", "교토", "요코하마", "나고야", "고베", "후쿠오카", "삿포로", "오키나와", "히로시마", "나가사키", "가나가와",
  "아시아", "아프리카", "유로", "이스라엘", "이라크", "이란", "시리아", "아이치", "지바", "사이타마", "시즈오카", "나라",
  "우리", "모두", "이미", "이사", "주요", "오는", "지난", "이번", "이후", "이하", "이제", "다시", "아주", "가장", "또다시",
  "사이", "도시", "지구", "기자", "주지사", "부지사", "시민", "주민", "구민", "도민", "가구", "기사", "지시", "조치", "주시",
  "수사", "조사", "기소", "소송", "세무", "세무사", "노무사", "비서", "부부", "부모", "자녀", "아이", "아이들", "주주",
]);

/**
 * A foreign name of two words, family name first (Japanese 오구라 키조, or a Western name that fits
 * the same syllables, 수미 테리), read at token `i`: both words are {@link KANA_WORD}s that no
 * list calls ordinary, the second carries nothing after it, and an apposition ({@link qualifierAfter},
 * up to four organisation words) follows. Without the apposition the pair is left to the other cues.
 */
function foreignPair(text: string, toks: Token[], i: number, raw: string, start: number, roles: readonly string[]): { name: string; role: string; end: number } | null {
  const next = toks[i + 1]?.w;
  if (!next || !KANA_WORD(raw) || !KANA_WORD(next) || raw.length + next.length < 5) return null;
  if (NOT_FOREIGN_NAMES.has(raw) || NOT_FOREIGN_NAMES.has(next) || NOT_NAMES.has(raw) || NOT_NAMES.has(next)) return null;
  if (roleOf(next, roles) || roleOf(raw, roles)) return null; // 오구라 교수: the role itself
  // A family name does not end in ン or っ (만난, 이번 are Korean words); a given name does not end
  // like a Korean noun or a particle (지지자, 본부, 소비, 눈에, 기술이).
  if ((raw.charCodeAt(raw.length - 1) - 0xac00) % 28 !== 0 || /[와의가]$/.test(raw) || /[자부비소도구가에이]$/.test(next)) return null;
  // Two Korean full names in a row (이수미 유인수 의원) are two people.
  if (isNameShaped(next)) return null;
  const end = toks[i + 1].at + next.length;
  const q = qualifierAfter(text, end, roles, 4);
  if (!q || q.role === "씨" || q.start !== end + 1) return null;
  // A Korean full name, an organisation and the role (유다온 구츠 대표): the Korean reading wins
  // unless organisation words stand between the pair and its role (오구라 키조 교토대 교수).
  if (isNameShaped(raw) && !/\s/.test(text.slice(q.start, q.end))) return null;
  return { name: `${raw} ${next}`, role: q.role, end: q.end };
}

/**
 * Full names joined by middle dots at token `tok` (`이다온·김하람`), each {@link isNameShaped},
 * with an apposition after the last one (`의원`, `전 의원`).
 */
function joinedNames(text: string, tok: Token, raw: string, start: number, roles: readonly string[]): { names: string[]; role: string; end: number } | null {
  if (!raw.includes("·")) return null;
  const parts = raw.split("·");
  // Every part has a name's outline (a surname and three or four syllables); the ones that are
  // full names by {@link isNameShaped} are kept (이종구 ends like 지역구 and is left out).
  const outline = (p: string) => /^[\uAC00-\uD7A3]{3,4}$/.test(p) && (SURNAME_SET.has(p[0]) || SURNAME_SET.has(p.slice(0, 2)));
  if (parts.length < 2 || !parts.every(outline)) return null;
  const names = parts.filter((p) => isNameShaped(p));
  if (!names.length) return null;
  const end = start + raw.length;
  const q = qualifierAfter(text, end, roles, 3);
  if (!q) return null;
  return { names, role: q.role, end: q.end };
}

/** A name read at token `i`: where it ends, whether it carries nothing after it, its last token. */
interface NameReading {
  name: string;
  end: number;
  /** No particle or punctuation glued to it (an apposition may follow). */
  bare: boolean;
  last: number;
  /** A role glued to the name (`씨`). */
  role?: string;
  twoSyllable?: boolean;
  /** A foreign name by its shape only (리잔수): it counts only with an apposition after it. */
  needsRole?: boolean;
}

function readName(toks: Token[], i: number, raw: string, start: number): NameReading | null {
  // Most words start with no surname: leave them at once.
  if (!SURNAME_SET.has(raw[0]) && !SURNAME_SET.has(raw.slice(0, 2)) && !CHINESE_SURNAMES.has(raw[0]) && !GIVEN_SET.has(raw) && !HANJA_AFTER.test(raw) && !CHINESE_SURNAMES_LONG.has(raw.slice(0, 2))) return null;
  if (GIVEN_SET.has(raw) && i + 1 < toks.length) {
    const t2 = toks[i + 1];
    const second = t2.w.replace(/[,.]$/, "");
    if (!HANGUL_WORD.test(second)) return null;
    if (second.length <= 5 && !/(은|는|이|가|을|를|의|와|과)$/.test(second)) {
      return { name: `${raw} ${second}`, end: t2.at + second.length, bare: second === t2.w, last: i + 1 };
    }
    // The family name with particles (마이크 호와, 맷 프루삭은): only a role before it can tell.
    for (let cut = 1; cut < second.length && cut <= 5; cut++) {
      if (isParticleRun(second.slice(cut))) return { name: `${raw} ${second.slice(0, cut)}`, end: t2.at + cut, bare: false, last: i + 1 };
    }
    return null;
  }
  const word = /^[\uAC00-\uD7A3]+/.exec(raw)?.[0] ?? "";
  if (!word) return null;
  const tail = raw.slice(word.length);
  const chinese = chineseName(word, tail);
  if (chinese) return { name: word, end: start + word.length, bare: true, last: i, needsRole: chinese === "shape" };
  if (word === raw && isNameShaped(word)) return { name: word, end: start + word.length, bare: true, last: i };
  const ssi = /^([\uAC00-\uD7A3]{3,4})씨([\uAC00-\uD7A3]*)$/.exec(word);
  if (ssi && isParticleRun(ssi[2]) && isNameShaped(ssi[1]) && (tail === "" || /^[,.”"’')）]/.test(tail))) return { name: ssi[1], end: start + ssi[1].length, bare: false, last: i, role: "씨" };
  // 우징(吳京) 배우, 김민수(45) 변호사, 김창준(공화) 전 의원: Hanja, an age or a short party or
  // affiliation in the parentheses (카리브 공동체(CARICOM) 사무국 is no name).
  // A photo caption's position note (김다온(왼쪽부터) 전 총리, 김다온(오른쪽 두번째) 대표) too.
  if (/^[(（](?:[\d\u4E00-\u9FFF]|[\uAC00-\uD7A3]{1,3}[)）·,]|(?:왼쪽|오른쪽|가운데|앞줄|뒷줄)[^)）]{0,8}[)）]$)/.test(tail) && isNameShaped(word)) return { name: word, end: start + word.length, bare: true, last: i };
  // A name with particles, or punctuation after it: only a role before it can say it is a name.
  for (let cut = Math.min(4, word.length); cut >= 3; cut--) { // a full name has three or four syllables
    const stem = word.slice(0, cut);
    const rest = word.slice(cut);
    if (rest && !isParticleRun(rest)) continue;
    if (!rest && tail === "") continue;
    if (isNameShaped(stem, rest !== "")) {
      return { name: stem, end: start + stem.length, bare: false, last: i };
    }
  }
  if (word === raw && word.length === 2 && CHINESE_SURNAMES.has(word[0]) && !NOT_NAMES.has(word) && !NOT_NAME_ENDINGS.has(word[1]) && toks[i + 1]?.w.startsWith("□")) {
    return { name: word, end: start + 2, bare: true, last: i, twoSyllable: true };
  }
  return null;
}

/**
 * Chinese surnames of two syllables as Korean news writes them (자오러지, 저우언라이, 가오진), same
 * source as {@link CHINESE_SURNAMES}.
 */
const CHINESE_SURNAMES_LONG = new Set(["자오", "저우", "가오", "샤오", "차오", "위안", "웨이", "차이", "야오", "랴오", "쩌우", "허우", "사오", "추이"]);

/** A Hangul word with its Chinese characters in parentheses: 리잔수(栗戰書), 우징(吳京). */
const HANJA_AFTER = /^[\uAC00-\uD7A3]{2,4}[(（][\u4E00-\u9FFF]{2,4}[)）·,]/;

/**
 * Loanwords and ordinary words that begin with a Chinese surname syllable (리스크 관리 위원장,
 * 왕복 구간, 쉬운 …): never a Chinese name.
 */
const NOT_CHINESE = /^(?:리스크|리서치|리더십|리더|리그|리콜|리튬|리뷰|리츠|리터|리모델|탕감|쉬운|쉬는|량을|둥지|덩치|린넨)/;

/**
 * How `word` (with `tail`, what follows it in its token) reads as a Chinese name, the way Korean
 * news writes one (국립국어원 외래어 표기법, 중국어 표기): `"hanja"` when its Chinese characters follow
 * in parentheses, one per syllable (리잔수(栗戰書), 우징(吳京)); `"shape"` for a bare three- or
 * four-syllable word that starts with a Chinese surname no Korean has ({@link CHINESE_SURNAMES}
 * minus {@link SURNAMES}, or {@link CHINESE_SURNAMES_LONG}): 리잔수 전인대 상무위원장. Either counts
 * only with an apposition after it (the caller asks {@link qualifierAfter}). Korean-shaped names
 * are left to {@link isNameShaped}.
 */
function chineseName(word: string, tail: string): "hanja" | "shape" | null {
  if (NOT_NAMES.has(word) || NOT_CHINESE.test(word)) return null;
  const hanja = /^[(（]([\u4E00-\u9FFF]{2,4})[)）·,]/.exec(tail);
  if (hanja) {
    // One character a syllable, give or take one (마오쩌둥(毛澤東)); not a place (후난성(湖南省), 창춘시).
    if (Math.abs(hanja[1].length - word.length) > 1 || isNameShaped(word) || /[성시현강산호섬도구]$/.test(word)) return null;
    const first = word.slice(0, 2);
    return CHINESE_SURNAMES.has(word[0]) || CHINESE_SURNAMES_LONG.has(first) || CHINESE_SURNAMES_WIDE.has(word[0]) ? "hanja" : null;
  }
  if (tail !== "" || word.length < 3 || word.length > 4 || NOT_NAME_ENDINGS.has(word[word.length - 1])) return null;
  if (CHINESE_SURNAMES_LONG.has(word.slice(0, 2))) return word.length === 4 ? "shape" : null;
  if (word.length !== 3) return null;
  if (CHINESE_SURNAMES.has(word[0]) && !SURNAME_SET.has(word[0])) return "shape";
  // A surname Korean shares (류, 왕, 장 …) with a syllable no Korean name has: 류츠핑, 장샤오.
  const loan = [...word.slice(1)].some(isLoanSyllable);
  return loan && (CHINESE_SURNAMES.has(word[0]) || CHINESE_SURNAMES_WIDE.has(word[0])) ? "shape" : null;
}

/**
 * Chinese surnames shared with Korean or with ordinary words (왕, 장, 마, 우, 양, 황 …): enough
 * for a name only when its Chinese characters follow (우징(吳京)).
 */
const CHINESE_SURNAMES_WIDE = new Set([..."왕장마우양황천주후한정위청진원시허첸친추무구판두스런팡탄캉멍완예옌루쑤푸쑹펑하오바이딩톈샤중"]);

/** Sports nouns of {@link ROLES_BEFORE} that also end compounds (프로골퍼, 선발투수, 특급기대주). */
const SPORT_SUFFIXES = ["골퍼", "투수", "타자", "기대주", "유망주", "루키"];

/** Words after a name that open an appointee's past or present post: 전 주독일 공사, 현 케냐 대사. */
const POST_OPENER = /^(?:전|현|前|現|현직|신임)$/;

/**
 * The role right before the name read at token `i` ({@link NameReading} `r`), when it plainly
 * qualifies the name:
 * - a role of {@link ROLES} with the copula 인 (`회장인 마이크 호`), or a quoted role
 *   (`‘특급 기대주’ 손제이가`);
 * - a noun of {@link ROLES_BEFORE} (`투수 김민수가`, `배우 정려원이`); 감독, 선수 and 코치 only when
 *   the name carries a particle or punctuation ({@link ROLES_BEFORE_PARTICLE_ONLY});
 * - in a bulleted list of appointees, the post before the name that ends the item
 *   (`▲주 니카라과 대사 최다온 ▲…`);
 * - a post with 에 in an appointment sentence, the name followed by its former or present post or
 *   a comma (`주파나마 대사에 최다온 전 정책총괄담당관`).
 * A bare title before a noun is usually a compound (변호사 사무실, 교수 연구실), so it is not enough.
 */
function roleBefore(toks: Token[], i: number, r: NameReading): string | null {
  const prev = toks[i - 1]?.w;
  if (!prev || prev.includes("기자")) return null;
  const quoted = /[’”'"]$/.test(prev);
  const w = prev.replace(/^[‘'“"▲△◇◆▶▷◈○●•]+/, "").replace(/[’'”")\]」』]+$/, "");
  // An organisation's head in parentheses after it: 강동구(구청장 김다온), 합수단(단장 김다온).
  const paren = /[(（]([\uAC00-\uD7A3]+)$/.exec(prev);
  if (paren && roleOf(paren[1], DISCOVERY_ROLES()) && new RegExp(`^[^\\s]*${r.name}[)）]`).test(toks[r.last].w) && !r.bare) return roleOf(paren[1], DISCOVERY_ROLES());
  const noun = ROLES_BEFORE.find((role) => (SPORT_SUFFIXES.includes(role) ? w.endsWith(role) : w === role));
  if (noun && !(ROLES_BEFORE_PARTICLE_ONLY.includes(noun) && r.bare)) return noun;
  if (w.endsWith("인") && roleOf(w.slice(0, -1))) return roleOf(w.slice(0, -1));
  if (quoted) return roleOf(w, QUALIFIER_ROLES);
  const roles = DISCOVERY_ROLES();
  const next = toks[r.last + 1]?.w ?? "";
  if (r.bare && !/[,.·]$/.test(prev) && roleOf(w, roles) && w === prev.replace(/^[▲△◇◆▶▷◈○●•]+/, "")) {
    // The list item: a bullet opens it within the four tokens before the name; the name ends it.
    let item = -1;
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) if (BULLET.test(toks[j].w[0])) { item = j; break; }
    if (item >= 0 && (next === "" || BULLET.test(next[0]))) return roleOf(w, roles);
  }
  if (prev.endsWith("에") && roleOf(prev, roles) && (POST_OPENER.test(next) || (!r.bare && /^[,]$/.test(toks[r.last].w.slice(-1))))) return roleOf(prev, roles);
  return null;
}

/**
 * True when the name ending at token `last` is followed by an opening quote and opens a headline
 * or a digest item (first in its sentence, after a dash or bullet, or right after a closing quote).
 */
function quotedAfter(toks: Token[], last: number, lead: string, first: number): boolean {
  const next = toks[last + 1]?.w ?? "";
  if (!/^[“"]/.test(next)) return false;
  if (first === 0 || /[-–—△▲▷…]/.test(lead)) return true;
  return /[”’"'…]$/.test(toks[first - 1].w);
}

/**
 * Finds company-shaped tokens: `㈜X`, `(주)X`, `X㈜`, and words ending in a company suffix;
 * `display` as in {@link findPeople}.
 */
export function findCompanies(text: string, display = text): CompanyCandidate[] {
  const out: CompanyCandidate[] = [];
  for (const [a, b] of sentenceSpans(text)) {
    const sentence = display.slice(a, b);
    for (const w0 of words(text.slice(a, b))) {
      const w = w0.replace(/^[“"‘'(\[<「『·-]+/, "").replace(/[”"’'),.?!:;\]>」』]+$/, "");
      const marked = /^(?:㈜|\(주\))([\uAC00-\uD7A3A-Za-z0-9&]{2,})/.exec(w) ?? /^([\uAC00-\uD7A3A-Za-z0-9&]{2,})(?:㈜|\(주\))/.exec(w);
      if (marked) {
        out.push({ name: stripParticles(marked[1]), sentence: trimSentence(sentence) });
        continue;
      }
      const stem = stripParticles(w);
      if (!/^[\uAC00-\uD7A3A-Za-z0-9&]+$/.test(stem)) continue;
      const suffix = COMPANY_SUFFIXES.find((s) => stem.endsWith(s) && stem.length >= s.length + 2);
      if (suffix && !GENERIC_PREFIX.test(stem.slice(0, -suffix.length))) out.push({ name: stem, sentence: trimSentence(sentence) });
    }
  }
  return out;
}

/**
 * Replaces each mention's span with `□`, or `■` for a person (same length), so discovery sees
 * known names as placeholders: a known company still reads as an organisation word in an
 * apposition (□□□ 최고경영자), and a known person is never offered again.
 */
export function maskMentions(text: string, mentions: Mention[]): string {
  let out = "";
  let at = 0;
  for (const m of mentions) {
    if (m.start < at) continue;
    out += text.slice(at, m.start) + (m.key.startsWith("person:") ? "■" : "□").repeat(m.end - m.start);
    at = m.end;
  }
  return out + text.slice(at);
}

/**
 * Occupations that tell which kind of person a name is (homonym rule, src/entities/extract.ts):
 * a dictionary person's name written with one of these belongs to a namesake unless the entry's
 * own `role` has the word (박정호 부장판사 is not SK하이닉스's 박정호). `씨` is the honorific news
 * gives a private person (표준국어대사전 「씨」: 그 사람을 높이거나 대접하여 부르거나 이르는 말;
 * news style writes officials and executives by their title instead); `필자` heads a column's
 * author box (■ 필자 홍길동 …). Source: the job titles of Korean court, academic, press, sports
 * and arts reporting.
 */
export const PROFESSIONS: readonly string[] = [
  "부장판사", "판사", "검사", "변호사", "변리사", "회계사", "세무사", "노무사", "교수", "기자", "특파원", "앵커", "선수",
  "감독", "코치", "배우", "가수", "작가", "소설가", "평론가", "칼럼니스트", "필자", "의사", "간호사", "씨",
];

/**
 * Corporate titles: with one of these, the company named in the same apposition is the person's
 * company (`박정호 SK하이닉스 부회장`, `효성그룹 조현준 회장`). From {@link ROLES}.
 */
export const CORPORATE_ROLES: readonly string[] = [
  "명예회장", "부회장", "회장", "부사장", "사장", "대표이사", "공동대표", "대표", "최고경영자", "CEO", "CFO", "CTO", "COO",
  "공동창업자", "창업자", "창업주", "이사회 의장", "의장", "전무", "상무", "고문", "본부장", "부문장", "사업부장", "센터장",
  "실장", "팀장", "책임자",
];

/** Every role an apposition may end with: {@link ROLES} and {@link PROFESSIONS}, longest first. */
const QUALIFIER_ROLES = [...new Set([...ROLES, ...PROFESSIONS])].sort((a, b) => b.length - a.length);

/** Words that put an apposition in the past (전 삼성전자 사장, 당시 SK텔레콤 사장, LG 출신). */
const FORMER = /^(?:전|前|당시|옛|출신|초대)$/;

/** What qualifies a name in the text: its role, and the span of the words that say so. */
export interface Qualifier {
  /** The role word from {@link ROLES} or {@link PROFESSIONS} (`판사`, `회장`, `씨` …). */
  role: string;
  /** `[start, end)` of the qualifying words in the text (UTF-16 code units), name excluded. */
  start: number;
  end: number;
  /** True when a word such as 전, 前, 당시 or 출신 puts the post in the past. */
  former: boolean;
}

/**
 * The apposition after a name that ends at `end` in `text`: `씨` right after the name
 * (`최순실씨`, `김민수 씨`), or up to `maxWords` (default 3) organisation words and a role of
 * `roles` (default {@link ROLES} and {@link PROFESSIONS}; `박정호 영장전담 부장판사는`,
 * `박정호 SK하이닉스 부회장`). A name carrying a particle
 * (`박정호는`) or glued to another noun has none. Stays inside the sentence.
 * @returns the qualifier, or null when the name has no apposition
 */
export function qualifierAfter(text: string, end: number, roles: readonly string[] = QUALIFIER_ROLES, maxWords = 3): Qualifier | null {
  const chunk = text.slice(end, end + 120);
  const stop = chunk.search(/[.?!\n]/);
  const rest = stop < 0 ? chunk : chunk.slice(0, stop);
  const glued = /^[\uAC00-\uD7A3]+/.exec(rest)?.[0] ?? "";
  if (glued.startsWith("씨") && isParticleRun(glued.slice(1))) return { role: "씨", start: end, end: end + 1, former: false };
  if (glued) return null;
  let at = 0;
  const paren = /^\s*[(（][^)）]{0,30}[)）]/.exec(rest);
  if (paren) at = paren[0].length;
  if (!/^\s/.test(rest.slice(at))) return null;
  const re = /\S+/g;
  re.lastIndex = at;
  let former = false;
  let first = -1;
  for (let j = 0, m = re.exec(rest); m && j <= maxWords; j++, m = re.exec(rest)) {
    if (j > 0 && BULLET.test(m[0][0])) break; // the next item of a bulleted list
    const w = m[0].replace(/^[“"‘'(\[<「『]+/, "");
    if (first < 0) first = m.index;
    if (FORMER.test(w)) former = true;
    // A known organisation (masked □ by discovery) glued to 장 is its head: □□□장은 (경찰청장은).
    const head = /^□+장([\uAC00-\uD7A3]*)/.exec(w);
    const role = roleOf(w.replace(/\(.*$/, "") || w, roles) ?? (head && isParticleRun(head[1]) ? "장" : null);
    // A plural role (배우들이, 교수들은) names a group, not the person before it.
    if (role && (role !== "씨" || j === 0) && !w.includes(`${role}들`)) {
      const after = rest.slice(m.index + m[0].length);
      return { role, start: end + first, end: end + m.index + m[0].length, former: former || /^\s*(?:출신|시절)/.test(after) };
    }
    // Nouns only: a quote, a clause end or a particle that links to something else ends it.
    if (/[,.?!”"’'=]/.test(w) || /(은|는|을|를|에|에게|에서|으로|까지|부터|했다|이다|였던|했던|하는|되는|하고|하며|돼|해)$/.test(w) || w.includes("기자")) break;
    // A time word or conjunction (노동절 때 국가주석, A 및 B 대표) or another name with its Chinese
    // characters (지도자 마오쩌둥(毛澤東) 전 주석) ends it too.
    if (/^(?:때|등|및|또는|혹은)(?:와|과|에|의|는|도|부터|까지)?$/.test(w) || /^[\uAC00-\uD7A3]{2,4}[(（][\u4E00-\u9FFF]/.test(w)) break;
  }
  return null;
}

/**
 * The role written right before a name that starts at `start` (`부장판사 박정호`, `배우 송강호`,
 * `회장인 마이크 호`): the previous word, with closing quotes and a copula `인` removed, is a
 * role of {@link ROLES} or {@link PROFESSIONS} (not `씨`).
 * @returns the qualifier, or null
 */
export function qualifierBefore(text: string, start: number): Qualifier | null {
  const m = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 30), start));
  if (!m) return null;
  const w = m[1].replace(/[’'”")\]」』]+$/, "");
  const bare = w.endsWith("인") ? w.slice(0, -1) : w;
  const role = QUALIFIER_ROLES.find((r) => r !== "씨" && bare.endsWith(r));
  if (!role) return null;
  const s = start - m[0].length;
  return { role, start: s, end: s + m[1].length, former: false };
}
