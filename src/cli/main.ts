/** Entry point of the `ishraqat-feed` command (bundled to dist/cli/ishraqat-feed.js). */
import { run } from './cli.js';
import { processIo } from './io.js';

// `ishraqat-feed stats feed.json | head`: a closed pipe is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), processIo());
