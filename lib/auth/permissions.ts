/**
 * Who may do what: the one role → permission table of the app. Every server action and mutating
 * route handler names the permission it needs (see lib/auth/guard.ts); a role not listed here,
 * or a permission a role does not list, is denied.
 */
export const PERMISSIONS = [
  "workspace:read",
  "commitment:create",
  "commitment:update",
  "commitment:publish",
  "commitment:archive",
  /** Record a status change: published at once when the caller also holds status:publish and review is off, otherwise a proposal. */
  "status:update",
  /** Publish a status change without a second editor (when review is off for its field). */
  "status:publish",
  /** Approve or return another person's proposal. */
  "status:review",
  "status:verify",
  /** Add evidence links (public at once), and submit edits and removals (see evidence:publish). */
  "evidence:manage",
  /** Edit or remove evidence without a reviewer; without it, an edit or removal is a proposal. */
  "evidence:publish",
  /** Submit quote additions and removals (see quote:publish). */
  "quote:manage",
  /** Add or remove quotes without a reviewer; without it, each is a proposal. */
  "quote:publish",
  "correction:moderate",
  "import:run",
  "account:manage-own",
  "user:manage",
  "audit:read",
  "body:manage",
  "webhook:manage",
  "settings:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EDITOR_PERMISSIONS: readonly Permission[] = [
  "workspace:read",
  "commitment:create",
  "commitment:update",
  "commitment:publish",
  "commitment:archive",
  "status:update",
  "status:publish",
  "status:verify",
  "evidence:manage",
  "evidence:publish",
  "quote:manage",
  "quote:publish",
  "correction:moderate",
  "import:run",
  "account:manage-own",
];

/** An editor who may also approve or return others' proposals (but not manage users or settings). */
const REVIEWER_PERMISSIONS: readonly Permission[] = [...EDITOR_PERMISSIONS, "status:review"];

/**
 * Proposes status changes, evidence edits and removals, and quote additions and removals; adds
 * evidence links directly (a link alone changes no status); never sees the reader inbox.
 */
const CONTRIBUTOR_PERMISSIONS: readonly Permission[] = [
  "workspace:read",
  "status:update",
  "evidence:manage",
  "quote:manage",
  "account:manage-own",
];

const ROLE_PERMISSIONS: Readonly<Record<string, readonly Permission[]>> = {
  ADMIN: PERMISSIONS,
  EDITOR: EDITOR_PERMISSIONS,
  REVIEWER: REVIEWER_PERMISSIONS,
  CONTRIBUTOR: CONTRIBUTOR_PERMISSIONS,
};

/** True only when `role` is a known role whose list includes `permission`; unknown roles get nothing. */
export function hasPermission(role: string | null | undefined, permission: Permission): boolean {
  if (!role || !Object.hasOwn(ROLE_PERMISSIONS, role)) return false;
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}

/** True for a role the permission table knows. */
export function isKnownRole(role: string): boolean {
  return Object.hasOwn(ROLE_PERMISSIONS, role);
}
