#!/usr/bin/env node
// Starts the HTTP mock: `zhongyuan-mock --port 4010 --seed 42`. See `zhongyuan-mock --help`.
import '../dist/node/cli.js';
