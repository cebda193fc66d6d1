export function startBenchServer(): Promise<{ base: string; stop: () => Promise<void> }>;
