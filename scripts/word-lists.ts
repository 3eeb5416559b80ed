/**
 * Prints every word list left in code: the words that recognise roles, labels, furniture or
 * grammar belong in `_data/` (the lexicon, furniture and boilerplate files) where a user can
 * extend them. Read with the TypeScript compiler API, so comments and docstrings never count.
 * A word list is:
 * - an array literal with at least 3 string elements holding Hangul (`["기자", "특파원", "논설위원"]`);
 * - an alternation of at least 3 branches holding Hangul, at any group level of a regex literal,
 *   a string or a template (`String.raw`), e.g. `(?:입력|수정|송고)`, `"와|과|에"`;
 * - a character class of at least 3 Hangul syllables (`[은는이가]`; a range such as `[가-힣]` is
 *   no list);
 * - a string of at least 3 Hangul words that the code splits (`"입력 수정 송고".split(" ")`).
 *
 *   node --import tsx scripts/word-lists.ts [paths…]
 *
 * Paths default to `src/parse` and `src/entities`. Exit code 1 when a list is found, else 0.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** One word list found in code. */
export interface WordList {
  file: string;
  /** 1-based line of the literal. */
  line: number;
  kind: "array" | "alternation" | "class" | "split";
  /** The words (or branches) as written, Hangul ones only. */
  words: string[];
}

const HANGUL = /[\uAC00-\uD7A3]/;
/** The least number of Hangul items that makes a list. */
const MIN_WORDS = 3;

/** `.ts` files under `p` (a file or a folder), sorted; `.d.ts` files are left out. */
function tsFiles(p: string): string[] {
  if (!statSync(p).isDirectory()) return p.endsWith(".ts") && !p.endsWith(".d.ts") ? [p] : [];
  return readdirSync(p)
    .sort()
    .flatMap((n) => tsFiles(path.join(p, n)));
}

/** Text outside character classes and escapes, so `[가-힣]` or `\|` hold no word. */
const outsideClasses = (s: string): string =>
  s.replace(/\\./g, "").replace(/\[(?:\\.|[^\]])*\]/g, "");

/** The mark after a group's `(` that says its kind (`?:`, `?=`, `?<!`, `?<name>`). */
const GROUP_MARK = /^\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>)/;

/** Group of a pattern being read: its branches so far. */
interface Group {
  branches: string[];
}

/**
 * Every alternation of a regular-expression source with at least {@link MIN_WORDS} branches that
 * hold Hangul outside character classes, and every character class of that many Hangul syllables.
 * Reads the source once, keeping a stack of open groups; escapes and classes are skipped whole.
 */
export function listsInPattern(
  source: string,
): { kind: "alternation" | "class"; words: string[] }[] {
  const out: { kind: "alternation" | "class"; words: string[] }[] = [];
  const stack: Group[] = [{ branches: [""] }];
  const append = (s: string) => {
    for (const g of stack) g.branches[g.branches.length - 1] += s;
  };
  const close = (g: Group) => {
    const branches = [g.branches[0].replace(GROUP_MARK, ""), ...g.branches.slice(1)];
    const words = branches.filter((b) => HANGUL.test(outsideClasses(b)));
    if (words.length >= MIN_WORDS) out.push({ kind: "alternation", words });
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      append(source.slice(i, i + 2));
      i++;
    } else if (c === "[") {
      const end = classEnd(source, i);
      const cls = source.slice(i, end + 1);
      const syllables = cls.replace(/.-./gu, "").match(/[\uAC00-\uD7A3]/g) ?? [];
      if (syllables.length >= MIN_WORDS) out.push({ kind: "class", words: syllables });
      append(cls);
      i = end;
    } else if (c === "(") {
      append(c);
      stack.push({ branches: [""] });
    } else if (c === ")" && stack.length > 1) {
      close(stack.pop()!);
      append(c);
    } else if (c === "|") {
      stack[stack.length - 1].branches.push("");
      for (const g of stack.slice(0, -1)) g.branches[g.branches.length - 1] += c;
    } else append(c);
  }
  for (const g of stack.reverse()) close(g);
  return out;
}

/** Index of the `]` closing the class opened at `start` (the end of the source when none). */
function classEnd(source: string, start: number): number {
  for (let j = start + 1; j < source.length; j++) {
    if (source[j] === "\\") j++;
    else if (source[j] === "]" && j > start + 1) return j;
  }
  return source.length - 1;
}

/** The pattern text of a literal: a template's substitutions read as an empty group. */
function literalText(node: ts.Node): string | null {
  if (ts.isRegularExpressionLiteral(node)) return node.text.slice(1, node.text.lastIndexOf("/"));
  if (ts.isStringLiteral(node)) return node.text;
  if (ts.isNoSubstitutionTemplateLiteral(node)) return node.rawText ?? node.text;
  if (ts.isTemplateExpression(node)) {
    const raw = (t: ts.TemplateLiteralLikeNode) => t.rawText ?? t.text;
    return raw(node.head) + node.templateSpans.map((s) => "(?:)" + raw(s.literal)).join("");
  }
  return null;
}

/** Whether `node` is the object of a `.split(…)` call. */
const isSplit = (node: ts.Node): boolean =>
  ts.isPropertyAccessExpression(node.parent) &&
  node.parent.name.text === "split" &&
  ts.isCallExpression(node.parent.parent);

/** Every word list of one source text. */
export function wordListsIn(file: string, source: string): WordList[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: WordList[] = [];
  const at = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isArrayLiteralExpression(node)) {
      const words = node.elements
        .filter((e) => ts.isStringLiteralLike(e))
        .map((e) => (e as ts.StringLiteralLike).text)
        .filter((w) => HANGUL.test(w));
      if (words.length >= MIN_WORDS) out.push({ file, line: at(node), kind: "array", words });
    }
    const text = literalText(node);
    if (text !== null) {
      if (ts.isStringLiteralLike(node) && isSplit(node)) {
        const words = text.split(/[\s,|]+/).filter((w) => HANGUL.test(w));
        if (words.length >= MIN_WORDS) out.push({ file, line: at(node), kind: "split", words });
      }
      for (const l of listsInPattern(text)) out.push({ file, line: at(node), ...l });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/**
 * Files whose word lists are allowed. The lexicon loader compiles the data into patterns and
 * holds no words; nothing in `src/parse` or `src/entities` is allowed, so the list is empty.
 */
export const ALLOWED: readonly string[] = [];

/** Every word list under the paths (files or folders), files in the {@link ALLOWED} list left out. */
export function wordLists(paths: string[], root: string): WordList[] {
  return paths
    .flatMap((p) => tsFiles(p))
    .filter((f) => !ALLOWED.includes(path.relative(root, f)))
    .flatMap((f) => wordListsIn(f, readFileSync(f, "utf8")));
}

const main = process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]);
if (main) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const args = process.argv.slice(2);
  const paths = (args.length ? args : ["src/parse", "src/entities"]).map((p) =>
    path.resolve(root, p),
  );
  const found = wordLists(paths, root);
  for (const l of found)
    console.log(`${path.relative(root, l.file)}:${l.line} ${l.kind} ${l.words.join("|")}`);
  console.log(`${found.length} word list(s)`);
  process.exitCode = found.length ? 1 : 0;
}
