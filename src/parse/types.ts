/**
 * Types of the parse stage: a layout turns cleaned text into a {@link Draft}; `refine` turns a
 * draft into a {@link ParsedArticle} with boilerplate, bylines and datelines taken out.
 */
import type { Caption, DateSource, Reporter } from "../core/article.ts";
import type { BoilerplateRules } from "./boilerplate.ts";
import type { OutletResolver } from "./outlet.ts";
import type { PageOutletLines } from "./outlet-page.ts";
import type { PageWords } from "./page-words.ts";
import type { FurnitureRules } from "./reader/furniture.ts";

/** What every parser needs besides the text: the outlets dictionary and boilerplate rules. */
export interface ParseContext {
  outlets: OutletResolver;
  boilerplate: BoilerplateRules;
  /** Page furniture of news web pages (`_data/furniture.yaml`), for the page-copy reader. */
  furniture: FurnitureRules;
  /**
   * Words that stand where a name stands but are no person (the lexicon's `not_names`, with the
   * user's lexicon.user.yaml over it): never a reporter.
   */
  notNames: ReadonlySet<string>;
  /** Korean surnames (the lexicon's `surnames`), to tell a bare name from another word. */
  surnames: ReadonlySet<string>;
  /** Last syllables of ordinary words, never of a given name (the lexicon's `not_name_endings`). */
  notNameEndings: ReadonlySet<string>;
  /**
   * The lexicon's words compiled for this stage: byline and date readers, stamp labels, speaker
   * marks, credits, particles (see `page-words.ts`).
   */
  words: PageWords;
}

/** One input file after decoding and cleaning. */
export interface SourceText {
  /** File name (no folder), for messages and filename-based clues. */
  file: string;
  /** Cleaned text (NFC, LF). */
  text: string;
}

/** The article fields a layout's draft and the parse result share. */
export interface TextFields {
  title: string;
  subtitle?: string;
  /** ISO 8601 with `+09:00`, or null. */
  date: string | null;
  dateSource: DateSource;
  reporters: Reporter[];
  /** In a draft, paragraph texts possibly still holding bylines, datelines and furniture. */
  paragraphs: string[];
  captions: Caption[];
  copyright: string | null;
  warnings: string[];
}

/** A layout's first reading of a file: fields found where the layout puts them. */
export interface Draft extends TextFields {
  /** The outlet as the layout's header names it (`디지털타임스`), before dictionary lookup. */
  outletHint?: string | null;
  /**
   * Whether refine may take short leading non-sentence paragraphs as deck lines (`subtitle`).
   * Layouts with structured metadata (feeds, fixtures) say false. Default true.
   */
  findDecks?: boolean;
  /** Lines that may name the outlet (metadata lines, URLs). */
  clues: string[];
  /**
   * True when the layout already decoded character references (an HTML parser read the text, or
   * the layout decoded before splitting); refine then leaves `&` alone, so text is decoded once.
   */
  decoded?: boolean;
  /** The layout has said why the date is empty (where it looked); refine then adds no warning of its own. */
  undatedTold?: boolean;
  /** Keep a transcript's speaker marks (`<앵커>`, `[기자]`) in front of the turn they open, as written. */
  keepSpeakers?: boolean;
  /** The web host the source's file name carries (`news.example.co.kr`), an outlet clue. */
  sourceHost?: string | null;
  /**
   * The site's name as the file's markup gives it (a saved page's `og:site_name` or `<title>`
   * suffix, a saved feed's channel title): the outlet, kept as written when the dictionary does
   * not know it.
   */
  siteName?: string | null;
  /**
   * The headline of a second article pasted into the file after this one (the page reader's
   * `end` rule): the page's outlet evidence is read only above it, since what follows is
   * another article's (its copyright line names its own outlet).
   */
  nextHeadline?: string;
  /** The outlet evidence of the source's own lines, read before any line was cut (./outlet-page.ts). */
  pageOutlet?: PageOutletLines;
  /**
   * Characters of sentence text the whole page shows outside its furniture (a saved HTML page:
   * every block of `<body>` that reads as prose), so refine can warn when the article it keeps
   * is much shorter than the page: text lost, never quietly.
   */
  pageProse?: number;
}

/**
 * A layout: one shape of input file. `detect` scores how well a text fits (0 = not at all,
 * 1 = certain); the registry picks the best score, with `generic` as the fallback.
 */
export interface Layout {
  id: string;
  /** One line for `--help` and reports. */
  description: string;
  detect(src: SourceText, ctx: ParseContext): number;
  parse(src: SourceText, ctx: ParseContext): Draft;
}

/** The parse stage's output for one file. */
export interface ParsedArticle extends TextFields {
  layout: string;
  /** True when the text has no headline and `title` was made from the first sentence. */
  titleFromBody?: boolean;
  outlet: string | null;
  outletId: string | null;
}

/** A file the parser cannot make an article of, with the report's one-line reason. */
export interface ParseFailure {
  skip: string;
}
