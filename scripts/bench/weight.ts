// Page weight: the HTML itself and the JavaScript it loads (<script src> chunks, fetched from the server).
import { gzipSync } from "node:zlib";
import { httpGetOk } from "./http";

export type Weight = { raw: number; gzip: number };
export type PageWeight = { html: Weight; inlineScript: Weight; scripts: Weight; scriptCount: number };

export const gzipSize = (bytes: Buffer) => gzipSync(bytes).length;
export const weightOf = (bytes: Buffer): Weight => ({ raw: bytes.length, gzip: gzipSize(bytes) });

const SCRIPT_SRC = /<script\b[^>]*?\bsrc="([^"]+)"/g;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

const SCRIPT_TAG = /<script\b[^>]*>/g;

/**
 * Unique script URLs referenced by `<script src>`, as the page lists them. `noModule` scripts
 * (Next's legacy-browser polyfills) are left out: browsers that run modules never fetch them.
 */
export function scriptSources(html: string): string[] {
  const tags = [...html.matchAll(SCRIPT_TAG)].map((match) => match[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
  const sources = tags.map((tag) => [...tag.matchAll(SCRIPT_SRC)][0]?.[1]?.replaceAll("&amp;", "&") ?? "");
  return [...new Set(sources.filter(Boolean))];
}

export function createWeigher(baseUrl: string) {
  const scriptCache = new Map<string, Buffer>();
  const fetchScript = async (src: string): Promise<Buffer> => {
    const cached = scriptCache.get(src);
    if (cached) return cached;
    const body = (await httpGetOk(new URL(src, baseUrl).toString())).body;
    scriptCache.set(src, body);
    return body;
  };
  return async function weigh(body: Buffer, contentType: string): Promise<PageWeight> {
    const html = weightOf(body);
    if (!contentType.startsWith("text/html"))
      return { html, inlineScript: { raw: 0, gzip: 0 }, scripts: { raw: 0, gzip: 0 }, scriptCount: 0 };
    const text = body.toString("utf8");
    // The inline scripts are mostly the RSC payload (self.__next_f.push), part of the HTML bytes.
    const inline = Buffer.from([...text.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? "").join(""), "utf8");
    const sources = scriptSources(text);
    const scripts = { raw: 0, gzip: 0 };
    for (const src of sources) {
      const weight = weightOf(await fetchScript(src));
      scripts.raw += weight.raw;
      scripts.gzip += weight.gzip;
    }
    return { html, inlineScript: weightOf(inline), scripts, scriptCount: sources.length };
  };
}
