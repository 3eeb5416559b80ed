// Eleventy 3 ships no TypeScript declarations; this is the programmatic API sillok uses
// (https://www.11ty.dev/docs/programmatic/).
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        /** `false`: no config file (the `config` callback is the whole config). */
        configPath?: string | false;
        quietMode?: boolean;
        /** Render (data, templates, transforms) but write no page and copy no passthrough file. */
        dryRun?: boolean;
        config?: (c: unknown) => void;
      },
    );
    write(): Promise<unknown>;
    toJSON(): Promise<unknown>;
  }
}
