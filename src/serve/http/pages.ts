// What the staff pages share (the fact checker's and the insights'): the page's language, a template
// whose {{placeholders}} are filled with that language's strings, escaped, and how a page or its
// assets are sent. The pages have no inline script or style, so the page CSP applies as is.
import type { Request, Response } from 'express';
import type { Language } from '../../contract/api.js';

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** ?lang=fr|en, else the browser's Accept-Language; French when neither says. */
export function pageLanguage(req: Request): Language {
  const asked = req.query.lang;
  if (asked === 'fr' || asked === 'en') return asked;
  return req.acceptsLanguages('fr', 'en') === 'en' ? 'en' : 'fr';
}

/** {{lang}}, {{otherLang}} and every string of `strings` (functions are left for the page's script). */
export function fillTemplate(template: string, language: Language, strings: object): string {
  const values: Record<string, string> = { lang: language, otherLang: language === 'fr' ? 'en' : 'fr' };
  for (const [key, value] of Object.entries(strings)) if (typeof value === 'string') values[key] = value;
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, key: string) => (key in values ? escapeHtml(values[key]) : placeholder));
}

/** A page or asset; `cache` is no-store for pages showing visitors' data. */
export function sendPage(res: Response, type: string, body: string, cache: 'no-cache' | 'no-store' = 'no-cache'): void {
  res.type(type).set('Cache-Control', cache).set('X-Content-Type-Options', 'nosniff').send(body);
}
