// The crawl's progress: a cli-progress bar on a terminal, a line every 10% in a log (cron, systemd).
import cliProgress from 'cli-progress';
import type { CrawlProgress } from '../../src/sources/crawl.js';

export function crawlProgress(): { update: (p: CrawlProgress) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: 'crawling [{bar}] {value}/{total} pages · {url}', stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update: (p) => {
        const url = p.url.length > 60 ? `…${p.url.slice(-59)}` : p.url;
        if (!started) bar.start(p.total, 0, { url });
        started = true;
        bar.setTotal(p.total);
        bar.update(p.done, { url });
      },
      stop: () => started && bar.stop(),
    };
  }
  let shown = -1;
  return {
    update: (p) => {
      const tenth = Math.floor((p.done / p.total) * 10);
      if (tenth !== shown && p.done >= 10) process.stderr.write(`crawling: ${p.done}/${p.total} pages\n`);
      shown = tenth;
    },
    stop: () => {},
  };
}
