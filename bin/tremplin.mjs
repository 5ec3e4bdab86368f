#!/usr/bin/env node
// The `tremplin` command runs the TypeScript sources directly through tsx: the same services
// as the desktop app, from a terminal, with nothing to build first.
import { register } from 'tsx/esm/api';

register();
const { principal } = await import('../src-main/cli/main.ts');
process.exitCode = await principal(process.argv.slice(2));
