/**
 * A fast reader for the front matter sillok itself writes (`serializeArticle`: YAML of plain or
 * quoted scalars, block lists of scalars or of flat maps, and flat maps, two spaces per level).
 * Reading a large archive spends most of its time in a general YAML parser; this one reads that
 * one shape in a single pass over the lines and gives up (returns null) on anything else — a
 * flow collection, a multi-line or tagged scalar, an anchor, a YAML escape JSON lacks, a number
 * other than a plain integer — so the caller parses such a file (a hand edit) with the full YAML
 * parser. Same results as YAML 1.2's core schema for what it accepts (tested against `yaml`).
 */

/** Scalars YAML's core schema reads as something other than a string (null, booleans, numbers). */
const NON_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/** A plain scalar may not start with an indicator, nor hold `: ` or ` #`. */
const BAD_PLAIN = /^[-?:,[\]{}#&*!|>'"%@`]|: |\s#|:$|^\s|\s$/;
/** JSON's escapes: a double-quoted YAML scalar that uses only these reads the same with JSON.parse. */
const JSON_ESCAPES = /\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/;

const GIVE_UP = Symbol("give up");

/** One scalar, or GIVE_UP. */
function scalar(s: string): unknown {
  if (s === "[]") return [];
  if (s === "{}") return {};
  if (s.startsWith('"')) {
    if (!s.endsWith('"') || s.length < 2 || JSON_ESCAPES.test(s)) return GIVE_UP;
    try {
      return JSON.parse(s);
    } catch {
      return GIVE_UP;
    }
  }
  if (s.startsWith("'")) {
    const inner = s.slice(1, -1);
    if (!s.endsWith("'") || s.length < 2 || /'(?!')/.test(inner.replace(/''/g, ""))) return GIVE_UP;
    return inner.replace(/''/g, "'");
  }
  if (s === "null" || s === "~") return null;
  if (/^-?(?:0|[1-9][0-9]{0,14})$/.test(s)) return Number(s);
  if (NON_STRING.test(s) || BAD_PLAIN.test(s)) return GIVE_UP;
  return s;
}

/** Keys already judged (a few dozen names recur in every file: title, name, text …). */
const plainKeys = new Map<string, boolean>();

/** Whether `key` is a plain YAML key that reads as a string. */
function plainKey(key: string): boolean {
  let ok = plainKeys.get(key);
  if (ok === undefined) {
    ok = /^[^\s"'#:{}[\],&*!|>%@`-]/.test(key) && !BAD_PLAIN.test(key) && !NON_STRING.test(key);
    if (plainKeys.size < 10_000) plainKeys.set(key, ok);
  }
  return ok;
}

/** `key: value` → [key, raw value] (value "" when a block follows), or null. */
function entry(line: string): [string, string] | null {
  const colon = line.indexOf(":");
  if (colon < 1) return null;
  const key = line.slice(0, colon);
  if (colon + 1 === line.length) return plainKey(key) ? [key, ""] : null;
  // A value is `: ` and the rest of the line; a line break YAML reads inside it gives up.
  if (line[colon + 1] !== " " || /[\r\u2028\u2029]/.test(line)) return null;
  return plainKey(key) ? [key, line.slice(colon + 2)] : null;
}

/**
 * Reads `yaml` (front matter without its `---` lines) when it has the shape sillok writes.
 * @returns the parsed map, or null when the text needs the full YAML parser
 */
export function readFrontMatterFast(yaml: string): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  const lines = yaml.split("\n");
  let list: unknown[] | null = null,
    map: Record<string, unknown> | null = null,
    item: Record<string, unknown> | null = null,
    key: string | undefined;
  for (const line of lines) {
    if (line === "") continue;
    if (line[0] !== " ") {
      const e = entry(line);
      if (!e || e[0] in out) return null;
      list = map = item = null;
      key = e[0];
      if (e[1] === "")
        out[e[0]] = GIVE_UP; // a block must follow
      else {
        const v = scalar(e[1]);
        if (v === GIVE_UP) return null;
        out[e[0]] = v;
      }
      continue;
    }
    if (key === undefined) return null;
    if (line.startsWith("  - ")) {
      if (map) return null;
      if (!list) out[key] = list = [];
      const rest = line.slice(4);
      const e = rest.startsWith('"') || rest.startsWith("'") ? null : entry(rest);
      if (e && e[1] !== "") {
        const v = scalar(e[1]);
        if (v === GIVE_UP) return null;
        list.push((item = { [e[0]]: v }));
      } else {
        const v = scalar(rest);
        if (v === GIVE_UP || e) return null;
        list.push(v);
        item = null;
      }
    } else if (line.startsWith("    ") && item && line[4] !== " ") {
      const e = entry(line.slice(4));
      const v = e && e[1] !== "" ? scalar(e[1]) : GIVE_UP;
      if (!e || v === GIVE_UP || e[0] in item) return null;
      item[e[0]] = v;
    } else if (line.startsWith("  ") && line[2] !== " " && !list) {
      if (!map) out[key] = map = {};
      const e = entry(line.slice(2));
      const v = e && e[1] !== "" ? scalar(e[1]) : GIVE_UP;
      if (!e || v === GIVE_UP || e[0] in map) return null;
      map[e[0]] = v;
    } else return null;
  }
  for (const v of Object.values(out)) if (v === GIVE_UP) return null;
  return out;
}

/**
 * What this writer leaves to `yaml`: control characters, surrogates, line breaks and separators,
 * a BOM (escaped or written on several lines), and a text opening like a document marker or an
 * indicator that `yaml` may write either way (`-`, `?`, `:`).
 */
const LEFT_TO_YAML = /[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff]|^(?:---|\.\.\.|[-?:])/;
/** `yaml`'s own test (stringifyString.js, plainString) of a string it may not write plain. */
const YAML_NOT_PLAIN =
  /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

/**
 * A one-line string as `yaml` writes it: plain, or quoted when plain would misread (an indicator
 * first, `: `, ` #`, a number or keyword of the core schema) — in single quotes when it holds `"`
 * and no `'`, else in double quotes, escaped as JSON (the same escapes for a line without control
 * characters). Null when this writer leaves it to `yaml`, and for a key that needs quotes.
 */
function stringText(s: string, key = false): string | null {
  if (!s || s.length > 1000 || LEFT_TO_YAML.test(s)) return null;
  if (!YAML_NOT_PLAIN.test(s) && !NON_STRING.test(s)) return s;
  if (key) return null;
  return s.includes('"') && !s.includes("'") ? `'${s}'` : JSON.stringify(s);
}

/** A scalar value as `yaml` writes it: a plain string, an integer, null; else null (not written here). */
function scalarText(v: unknown): string | null {
  if (v === null) return "null";
  if (typeof v === "string") return stringText(v);
  return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : null;
}

/** The lines of a flat map's entries at `indent`, the first after `first` (`- ` of a list item); null when one is not written here. */
function flatMap(map: Record<string, unknown>, indent: string, first = indent): string | null {
  const entries = Object.entries(map);
  if (!entries.length) return null;
  let out = "";
  for (const [i, [k, v]] of entries.entries()) {
    const key = stringText(k, true);
    const value = scalarText(v);
    if (key === null || value === null) return null;
    out += `${i ? indent : first}${key}: ${value}\n`;
  }
  return out;
}

/** One top-level entry as `yaml` writes it, or null when it is not written here. */
function entryText(key: string, v: unknown): string | null {
  if (!Array.isArray(v)) {
    if (v === null || typeof v !== "object") {
      const value = scalarText(v);
      return value === null ? null : `${key}: ${value}\n`;
    }
    const body = flatMap(v as Record<string, unknown>, "  ");
    return body === null ? null : `${key}:\n${body}`;
  }
  if (!v.length) return `${key}: []\n`;
  let out = `${key}:\n`;
  for (const item of v) {
    const text =
      item !== null && typeof item === "object" && !Array.isArray(item)
        ? flatMap(item as Record<string, unknown>, "    ", "  - ")
        : Array.isArray(item) || scalarText(item) === null
          ? null
          : `  - ${scalarText(item)}\n`;
    if (text === null) return null;
    out += text;
  }
  return out;
}

/**
 * The YAML that `yaml`'s `stringify` (options `lineWidth: 0`, plain strings and keys) writes for
 * front matter of the shape sillok writes, byte for byte, without its document model — or null
 * for anything else (a multi-line string, a number that is not an integer, a boolean, a nested
 * list, an empty map), which the caller then hands to `yaml`. Block style, two spaces per level,
 * list items indented (`yaml`'s defaults).
 */
export function writeFrontMatterFast(data: Record<string, unknown>): string | null {
  let out = "";
  for (const [k, v] of Object.entries(data)) {
    const key = stringText(k, true);
    const text = key === null ? null : entryText(key, v);
    if (text === null) return null;
    out += text;
  }
  return out;
}
