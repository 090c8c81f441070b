import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scriptSrcForPage } from "./csp";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("script-src by hash for a cached page", () => {
  it("lists each inline script once by its SHA-256 and leaves external scripts to 'self'", () => {
    const page = `<html><head><script src="/_next/static/a.js" async></script><script>self.__next_f=[]</script></head><body><script>self.__next_f.push([1,"Қазақ"])</script><script>self.__next_f=[]</script></body></html>`;
    expect(scriptSrcForPage(page)).toBe(
      `script-src 'self' ${sha("self.__next_f=[]")} ${sha('self.__next_f.push([1,"Қазақ"])')}`,
    );
  });

  it("attack: a script injected into the page after hashing is not allowed by the policy", () => {
    const policy = scriptSrcForPage("<script>ok()</script>");
    expect(policy).not.toContain(sha("alert(1)"));
    expect(policy).not.toContain("unsafe-inline");
  });
});
