// Reads the embedding <script> tag: where the API is, which language, title and side.
import type { Language } from '../contract/api.js';
import { pickLanguage } from './i18n.js';

export interface WidgetConfig {
  /** Origin (or base URL) of the assistant API, without a trailing slash. */
  apiBase: string;
  lang: Language;
  /** The host page's <html lang>, sent to the API as a hint for short messages. */
  pageLang: string | null;
  /** From data-title; when absent the title follows the interface language. */
  title: string | null;
  position: 'left' | 'right';
}

export interface Environment {
  script: HTMLScriptElement | null;
  documentLang: string | null;
  navigatorLanguages: readonly string[];
  pageUrl: string;
}

export function readConfig(env: Environment): WidgetConfig {
  const data = env.script?.dataset ?? {};
  return {
    apiBase: apiBase(data.api, env.script?.src, env.pageUrl),
    lang: pickLanguage([data.lang, env.documentLang, ...env.navigatorLanguages]),
    pageLang: env.documentLang?.trim() || null,
    title: data.title?.trim() || null,
    position: data.position === 'left' ? 'left' : 'right',
  };
}

// The widget is served by the API it talks to, so the script's own origin is the natural default;
// data-api lets a site proxy the API elsewhere.
function apiBase(dataApi: string | undefined, scriptSrc: string | undefined, pageUrl: string): string {
  if (dataApi?.trim()) {
    try {
      return new URL(dataApi.trim(), pageUrl).href.replace(/\/+$/, '');
    } catch {
      // An unparsable data-api falls through to the script origin rather than breaking the page.
    }
  }
  try {
    return new URL(scriptSrc || pageUrl).origin;
  } catch {
    return new URL(pageUrl).origin;
  }
}
