#!/usr/bin/env node
// Runs the TypeScript sources directly so `npx herstart` works right after `npm install`.
require('./quiet');
require('tsx/cjs');
require('../src/cli/main.ts');
