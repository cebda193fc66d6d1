// Types for scripts/db/app-role.mjs (plain JavaScript: with-db runs it without a build), for the
// TypeScript that imports it (tests/support/worker-databases.global.ts).
import type { Client } from "pg";

export function grantAppPrivileges(client: Client): Promise<boolean>;
export function ensureAppRole(ownerUrl: string, password: string): Promise<string>;
export function appRoleUrl(ownerUrl: string, password: string): string;
