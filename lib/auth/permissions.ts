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
  "status:update",
  "status:verify",
  "evidence:manage",
  "import:run",
  "account:manage-own",
  "user:manage",
  "audit:read",
  "body:manage",
  "webhook:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EDITOR_PERMISSIONS: readonly Permission[] = [
  "workspace:read",
  "commitment:create",
  "commitment:update",
  "commitment:publish",
  "commitment:archive",
  "status:update",
  "status:verify",
  "evidence:manage",
  "import:run",
  "account:manage-own",
];

const ROLE_PERMISSIONS: Readonly<Record<string, readonly Permission[]>> = {
  ADMIN: PERMISSIONS,
  EDITOR: EDITOR_PERMISSIONS,
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
