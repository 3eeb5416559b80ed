/**
 * Stage 2 — parse: cleaned text to a {@link ParsedArticle}. Detects the layout, lets it read
 * the fields where it puts them, then refines (boilerplate, bylines, outlet). Pure apart from
 * {@link createParseContext}, which reads the dictionaries once.
 */
import { loadDictionaries } from "../core/dictionaries.ts";
import { loadLexicon } from "../core/lexicon.ts";
import { loadBoilerplate } from "./boilerplate.ts";
import { detectLayout } from "./layouts/index.ts";
import { OutletResolver } from "./outlet.ts";
import { pageOutletLines } from "./outlet-page.ts";
import { compilePageWords } from "./page-words.ts";
import { loadFurniture } from "./reader/furniture.ts";
import { refine } from "./refine.ts";
import { hostFromFileName } from "./source-host.ts";
import type { ParseContext, ParseFailure, ParsedArticle, SourceText } from "./types.ts";

export type { ParseContext, ParsedArticle, ParseFailure, SourceText } from "./types.ts";

/** Builds the parse context from the dictionaries and the lexicon in `dataDir` (default `_data/`). */
export function createParseContext(dataDir?: string): ParseContext {
  const lexicon = loadLexicon(dataDir);
  return {
    outlets: new OutletResolver(loadDictionaries(dataDir).outlets),
    boilerplate: loadBoilerplate(dataDir),
    furniture: loadFurniture(dataDir),
    notNames: new Set(lexicon.not_names),
    surnames: new Set(lexicon.surnames),
    notNameEndings: new Set(lexicon.not_name_endings),
    words: compilePageWords(lexicon),
  };
}

/** Parses one cleaned file. Never throws for bad text: returns `{ skip: reason }` instead. */
export function parseArticle(src: SourceText, ctx: ParseContext): ParsedArticle | ParseFailure {
  if (!src.text.trim()) return { skip: "공백뿐인 파일" };
  const layout = detectLayout(src, ctx);
  const draft = layout.parse(src, ctx);
  // A second pasted article's lines are its own evidence, not this one's.
  const cut = draft.nextHeadline ? src.text.indexOf(draft.nextHeadline) : -1;
  return refine(
    {
      ...draft,
      sourceHost: hostFromFileName(src.file),
      pageOutlet: pageOutletLines(cut > 0 ? src.text.slice(0, cut) : src.text, ctx),
    },
    layout.id,
    ctx,
  );
}
