// The crawl's own refusals (a bad start URL, another crawl running), shown as one line by the CLIs.
export class CrawlError extends Error {}
