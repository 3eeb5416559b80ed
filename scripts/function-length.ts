/**
 * Prints every function longer than a number of lines, with file:line, name and length, read with
 * the TypeScript compiler API (declarations, methods, constructors, accessors, arrow functions and
 * function expressions; a nested function counts on its own and inside its parent). Lines run
 * from the function's first token (after its doc comment) to its last.
 *
 *   node --import tsx scripts/function-length.ts [--max N] [--limit L] [paths…]
 *
 * Paths default to `src/` (folders are walked for `.ts` files). `--max` (default 80) is the length
 * printed from; the exit code is 1 when a function is over `--limit` (default 80), else 0.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** One function over the threshold. */
export interface LongFunction {
  file: string;
  /** 1-based line of the function's first token. */
  line: number;
  name: string;
  lines: number;
}

/** `.ts` files under `p` (a file or a folder), sorted; `.d.ts` files are left out. */
function tsFiles(p: string): string[] {
  if (!statSync(p).isDirectory()) return p.endsWith(".ts") && !p.endsWith(".d.ts") ? [p] : [];
  return readdirSync(p)
    .sort()
    .flatMap((n) => tsFiles(path.join(p, n)));
}

/** The name a function goes by: its own, its variable's or property's, else `<anonymous>`. */
function nameOf(node: ts.Node, sf: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(sf);
  if (ts.isConstructorDeclaration(node)) return "constructor";
  const parent = node.parent;
  if (
    ts.isVariableDeclaration(parent) ||
    ts.isPropertyAssignment(parent) ||
    ts.isPropertyDeclaration(parent)
  )
    return parent.name.getText(sf);
  return "<anonymous>";
}

const isFunction = (n: ts.Node): n is ts.FunctionLikeDeclaration =>
  ts.isFunctionDeclaration(n) ||
  ts.isMethodDeclaration(n) ||
  ts.isConstructorDeclaration(n) ||
  ts.isGetAccessorDeclaration(n) ||
  ts.isSetAccessorDeclaration(n) ||
  ts.isArrowFunction(n) ||
  ts.isFunctionExpression(n);

/** Every function of one source text longer than `max` lines. */
export function longFunctionsIn(file: string, source: string, max: number): LongFunction[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (isFunction(node) && node.body) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (last - first + 1 > max)
        out.push({ file, line: first + 1, name: nameOf(node, sf), lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Every function under `paths` longer than `max` lines, in file and line order. */
export function longFunctions(paths: string[], max: number): LongFunction[] {
  return paths.flatMap(tsFiles).flatMap((f) => longFunctionsIn(f, readFileSync(f, "utf8"), max));
}

/** Reads `--max`, `--limit` and paths from the command line. @throws Error on a bad number. */
function parseArgs(argv: string[]): { max: number; limit: number; paths: string[] } {
  const opts = { max: 80, limit: 80, paths: [] as string[] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag !== "--max" && flag !== "--limit") {
      opts.paths.push(flag);
      continue;
    }
    const n = Number(argv[++i]);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`${flag} needs a whole number of lines, got ${argv[i]}`);
    opts[flag === "--max" ? "max" : "limit"] = n;
  }
  if (!opts.paths.length) opts.paths.push("src");
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { max, limit, paths } = parseArgs(process.argv.slice(2));
    const found = longFunctions(paths, Math.min(max, limit));
    for (const f of found.filter((x) => x.lines > max))
      console.log(`${f.file}:${f.line} ${f.name} ${f.lines} lines`);
    const over = found.filter((f) => f.lines > limit);
    console.log(
      over.length
        ? `${over.length} function(s) over ${limit} lines`
        : `no function over ${limit} lines`,
    );
    process.exitCode = over.length ? 1 : 0;
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 2;
  }
}
