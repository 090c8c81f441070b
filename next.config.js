import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
const isDevelopment = process.env.NODE_ENV === "development";

// A strict Content Security Policy: no third-party origins at all (no CDNs, fonts or analytics),
// so a hostile page cannot load scripts into ours and nothing leaks readers' visits to others.
// Next.js still needs inline scripts for hydration; development also needs eval for React Refresh.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDevelopment ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  experimental: {
    // The 5 MB import file plus its form's framing (lib/http/limits.ts, MAX_ACTION_BODY_BYTES);
    // larger requests are answered 413 by proxy.ts before Next.js reads them.
    serverActions: { bodySizeLimit: "6mb" },
  },
  reactStrictMode: true,
  // The Prisma client, the native libSQL driver and PDF.js (captured PDFs' text) are loaded from node_modules at run time.
  serverExternalPackages: ["@prisma/adapter-libsql", "@libsql/client", "libsql", "@node-rs/argon2", "pdfjs-dist"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
        ],
      },
      {
        // Archived copies (/captures/…) and embed badges (/embed/…) send their own, stricter policy
        // (lib/evidence/capture/serve.ts, lib/embed/badge.ts): headers set here would replace it.
        source: "/:path((?!captures/|embed/).*)",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
