import { z } from "zod";
import { DEFAULT_TIME_ZONE, isTimeZone } from "./calendar";
import { DEFAULT_DATABASE_URL } from "./db/database-url";

const DATABASE_URL_SCHEMES = ["file:", "libsql:", "http:", "https:", "ws:", "wss:", "postgresql:", "postgres:"];

/** Readers' browsers and any proxy revalidate every time (a 304 when nothing changed): never stale. */
export const DEFAULT_PUBLIC_CACHE_CONTROL = "public, max-age=0, must-revalidate";

const booleanFromString = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "must be true or false" })
  .transform((value) => value === "true" || value === "1" || value === "yes");

/** Every environment variable the app reads, with its default. README documents each one. */
export const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .default(DEFAULT_DATABASE_URL)
    .refine((url) => DATABASE_URL_SCHEMES.some((scheme) => url.startsWith(scheme)), {
      message: `must start with one of ${DATABASE_URL_SCHEMES.join(" ")} (e.g. ${DEFAULT_DATABASE_URL})`,
    }),
  DATABASE_AUTH_TOKEN: z.string().trim().optional(),
  PORT: z.coerce.number({ message: "must be a port number" }).int().min(1).max(65535).default(3000),
  NEXTAUTH_URL: z
    .url({ protocol: /^https?$/, message: "must be an http(s) URL, e.g. https://uade.example.org" })
    .optional(),
  NEXTAUTH_SECRET: z
    .string()
    .min(32, { message: "must be at least 32 characters (or leave it unset for a generated one)" })
    .optional(),
  TRUST_PROXY: booleanFromString.default(false),
  /** Named as the recorder of changes in public reports (the workspace version names the person). */
  ORGANISATION_NAME: z.string().trim().min(1).max(200).default("Uade editors"),
  /** The one calendar's zone (lib/calendar.ts): what day "today" is, and how times are shown. */
  TIME_ZONE: z
    .string()
    .trim()
    .default(DEFAULT_TIME_ZONE)
    .refine(isTimeZone, { message: `must be an IANA time zone name, e.g. ${DEFAULT_TIME_ZONE} or UTC` }),
  /** Interface `npm start` listens on; unset, every interface (as `next start`). Behind a proxy on the same host: 127.0.0.1. */
  HOST: z.string().trim().max(253).optional(),
  /** The response cache for anonymous public reads (lib/public-cache); on by default. */
  PUBLIC_CACHE: booleanFromString.default(true),
  /** The cache's memory bound, in megabytes. */
  PUBLIC_CACHE_MAX_MB: z.coerce.number({ message: "must be a number of megabytes" }).int().min(1).max(4096).default(64),
  /** Cache-Control of cached public responses; a CDN setting adds s-maxage / stale-while-revalidate (README, deploy/README.md). */
  PUBLIC_CACHE_CONTROL: z
    .string()
    .trim()
    .max(200)
    .regex(/^[a-z0-9=,\- ]+$/i, { message: "must be a Cache-Control value, e.g. public, max-age=0, must-revalidate" })
    .refine((value) => !/\b(?:private|no-store)\b/i.test(value), {
      message:
        "is for public responses; private or no-store would switch caching off for everyone (use PUBLIC_CACHE=false)",
    })
    .default(DEFAULT_PUBLIC_CACHE_CONTROL),
  /** Where captured copies are kept (content-addressed); default: `captures` beside a file database. */
  CAPTURE_DIR: z.string().trim().optional(),
  CAPTURE_MAX_BYTES: z.coerce
    .number({ message: "must be a number of bytes" })
    .int()
    .min(1024)
    .max(1024 ** 3)
    .default(25 * 1024 * 1024),
  CAPTURE_TIMEOUT_SECONDS: z.coerce
    .number({ message: "must be a number of seconds" })
    .int()
    .min(1)
    .max(600)
    .default(30),
  CAPTURE_MAX_REDIRECTS: z.coerce.number({ message: "must be a whole number" }).int().min(0).max(20).default(5),
  /** For tests only: lets captures reach 127.0.0.1 and ::1 (a local test server). Never in production. */
  CAPTURE_ALLOW_PRIVATE_ADDRESSES: booleanFromString.default(false),
  /** Hours between two checks of the same link by the schedule inside `npm start`; 0 turns it off. */
  EVIDENCE_CHECK_INTERVAL_HOURS: z.coerce
    .number({ message: "must be a number of hours" })
    .min(0)
    .max(24 * 365)
    .default(24),
  /** Pause between two requests to the same host, in seconds (the watcher is polite). */
  EVIDENCE_CHECK_HOST_DELAY_SECONDS: z.coerce
    .number({ message: "must be a number of seconds" })
    .min(0)
    .max(3600)
    .default(5),
  /** Consecutive failed checks (unreachable, 5xx, other 4xx) before a link is "gone"; 404 and 410 count at once. */
  EVIDENCE_GONE_AFTER_CHECKS: z.coerce.number({ message: "must be a whole number" }).int().min(1).max(100).default(3),
  /** Outgoing mail (follow by email, editor notifications): smtp:// or smtps://; unset, no mail is sent and the workspace says so. */
  SMTP_URL: z
    .url({
      protocol: /^smtps?$/,
      message: "must be an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.org:465",
    })
    .optional(),
  /** The From address of every mail, e.g. "Uade <uade@example.org>"; required with SMTP_URL. */
  MAIL_FROM: z
    .string()
    .trim()
    .max(300)
    .refine((value) => !/[\r\n]/.test(value), { message: "must be one line" })
    .optional(),
  /** Seconds between two runs of the notification worker (mail and webhooks); a save also wakes it. */
  NOTIFY_POLL_SECONDS: z.coerce.number({ message: "must be a number of seconds" }).min(0.2).max(3600).default(15),
  /** Deadline of one webhook POST, in seconds; a receiver that hangs is retried later. */
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number({ message: "must be a number of seconds" }).min(0.1).max(120).default(10),
  /** States whose UN recommendations this install tracks (ISO 3166 codes, comma-separated); the first is assumed for files naming none. */
  TRACKED_STATES: z
    .string()
    .trim()
    .default("KZ")
    .transform((value) => value.split(/[\s,;]+/).filter((code) => code !== ""))
    .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, { message: "must be ISO 3166 codes, e.g. KZ or KZ,KG" })).min(1)),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

const refinedEnvSchema = envSchema.refine((env) => !env.SMTP_URL || Boolean(env.MAIL_FROM), {
  message: "is required when SMTP_URL is set",
  path: ["MAIL_FROM"],
});

/** Thrown when the environment is invalid; the message names each bad variable. */
export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses an environment (treating empty strings as unset) or throws an EnvError naming the bad variables. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = refinedEnvSchema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid configuration:\n${problems.join("\n")}`);
}
