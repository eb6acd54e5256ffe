#!/usr/bin/env node
// Launcher: runs the compiled CLI (dist/cli.mjs, see build-cli.mjs), rebuilt first when a source is
// newer, so `npx verbatim` works right after `npm ci` and never runs stale code.
import { pathToFileURL } from 'node:url';
import { buildCli, cliIsStale, ENTRY } from './build-cli.mjs';

if (cliIsStale()) await buildCli();
const { main } = await import(pathToFileURL(ENTRY).href);
process.exitCode = await main(process.argv.slice(2));
