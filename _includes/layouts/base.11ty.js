// The one layout of every page: src/site/layout.ts (a function: nothing to compile or interpret
// per page). https://www.11ty.dev/docs/languages/javascript/ — plain JavaScript, Eleventy loads it.
import { layout } from "../../src/site/layout.ts";

export const render = (data) => layout(data);
