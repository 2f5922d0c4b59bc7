// Preloaded into a child process by cli.bench.mjs: reports the child's peak RSS on exit.
process.on('exit', () => {
  process.stderr.write(`\n@@maxRSS ${process.resourceUsage().maxRSS}\n`);
});
