#!/usr/bin/env node
// `npm start`: the bot on the embedded store, straight from the TypeScript sources.
require('./quiet');
require('tsx/cjs');
require('../src/main.ts');
