import type { ReactNode } from "react";
import { isSafeHttpUrl } from "@/lib/site-url";

/**
 * A link to another site: nofollow (we cite, we do not endorse), no referrer (readers' visits
 * stay private), no opener. A URL that is not http(s) is shown as plain text, never as a link.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isSafeHttpUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} rel="noopener noreferrer nofollow" className="text-brand underline underline-offset-4 break-words">
      {children}
    </a>
  );
}
