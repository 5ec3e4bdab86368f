/**
 * The hosts are closed by the function returned from global-setup (Playwright runs it after
 * all tests). This file exists so that the configuration names both ends explicitly.
 */
export default async function globalTeardown(): Promise<void> {}
