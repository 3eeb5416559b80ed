/**
 * Boilerplate classification, driven by `_data/boilerplate.yaml` (share bars, UI strings,
 * copyright footers, tip lines). Pure: a line in, a class out.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { defaultDataDir } from "../core/dictionaries.ts";

/** What a line of page text is, when it is not article text. */
export type LineClass = "furniture" | "copyright" | "tip";

/** Compiled boilerplate rules. */
export interface BoilerplateRules {
  furniture: RegExp[];
  copyright: RegExp[];
  tips: RegExp[];
}

/**
 * Loads and compiles the rules from `<dataDir>/boilerplate.yaml`.
 * @throws Error naming the pattern when one is not a valid regular expression.
 */
export function loadBoilerplate(dataDir: string = defaultDataDir()): BoilerplateRules {
  const file = path.join(dataDir, "boilerplate.yaml");
  const data = existsSync(file) ? (YAML.parse(readFileSync(file, "utf8")) ?? {}) : {};
  const compile = (list: unknown): RegExp[] =>
    (Array.isArray(list) ? list : []).map((p) => {
      try {
        return new RegExp(String(p), "iu");
      } catch (e) {
        throw new Error(`${file}: bad pattern ${JSON.stringify(p)}: ${(e as Error).message}`);
      }
    });
  return { furniture: compile(data.furniture), copyright: compile(data.copyright), tips: compile(data.tips) };
}

/** Classifies one line; null when it may be article text. Copyright wins over furniture. */
export function classifyLine(line: string, rules: BoilerplateRules): LineClass | null {
  const s = line.trim();
  if (!s) return null;
  if (rules.copyright.some((r) => r.test(s)) && s.length < 200) return "copyright";
  if (rules.furniture.some((r) => r.test(s))) return "furniture";
  if (rules.tips.some((r) => r.test(s))) return "tip";
  return null;
}

/** The copyright text of a footer line, without the brackets around it: `[ 저작권자 ⓒX ]` → `저작권자 ⓒX`. */
export function copyrightText(line: string): string {
  return line.trim().replace(/^[\[【<(（]\s*/, "").replace(/\s*[\]】>)）]$/, "").trim();
}
