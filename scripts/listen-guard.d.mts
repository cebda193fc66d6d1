// Types for scripts/listen-guard.mjs (plain JavaScript: the production server runs it without a build).
type Env = Record<string, string | undefined>;
export const DEFAULT_HOST: string;
export const DEMO_PASSWORD: string;
export function listenHost(env: Env): string;
export function isLoopbackHost(host: string): Promise<boolean>;
export function accountsWithDemoPassword(databaseUrl: string): Promise<string[]>;
export function exposureProblem(host: string, env: Env): Promise<string | null>;
