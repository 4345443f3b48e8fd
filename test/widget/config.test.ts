import { describe, expect, it } from 'vitest';
import { readConfig, type Environment } from '../../src/widget/config.js';
import { pickLanguage, stringsFor } from '../../src/widget/i18n.js';

// A stand-in for the <script> element: readConfig only reads src and dataset.
function env(dataset: Record<string, string>, overrides: Partial<Environment> = {}): Environment {
  const script = { src: 'https://assistant.example.org/widget.js?v=2', dataset } as unknown as HTMLScriptElement;
  return { script, documentLang: null, navigatorLanguages: [], pageUrl: 'https://www.host.example/page', ...overrides };
}

describe('readConfig', () => {
  it('talks to the origin the script was loaded from by default', () => {
    expect(readConfig(env({})).apiBase).toBe('https://assistant.example.org');
  });

  it('lets data-api override the API base, resolved against the page and without trailing slash', () => {
    expect(readConfig(env({ api: 'https://api.example.org/assistant/' })).apiBase).toBe('https://api.example.org/assistant');
    expect(readConfig(env({ api: '/proxy' })).apiBase).toBe('https://www.host.example/proxy');
  });

  it('chooses the language from data-lang, then <html lang>, then the browser', () => {
    const nav = { navigatorLanguages: ['de-DE', 'en-GB'] };
    expect(readConfig(env({ lang: 'en' }, { documentLang: 'fr', ...nav })).lang).toBe('en');
    expect(readConfig(env({}, { documentLang: 'fr-CA', ...nav })).lang).toBe('fr');
    expect(readConfig(env({ lang: 'xx' }, { documentLang: 'es', ...nav })).lang).toBe('en');
    expect(readConfig(env({}, { navigatorLanguages: ['de'] })).lang).toBe('fr');
  });

  it('keeps the page’s <html lang> as written, for the API’s language hint', () => {
    expect(readConfig(env({ lang: 'fr' }, { documentLang: ' en-GB ' })).pageLang).toBe('en-GB');
    expect(readConfig(env({}, { documentLang: '' })).pageLang).toBeNull();
  });

  it('reads title and position, defaulting to the right', () => {
    expect(readConfig(env({ title: ' Aide ', position: 'left' }))).toMatchObject({ title: 'Aide', position: 'left' });
    expect(readConfig(env({ position: 'top' }))).toMatchObject({ title: null, position: 'right' });
  });
});

describe('strings', () => {
  it('defines every interface string in both languages, differently where it is prose', () => {
    const fr = stringsFor('fr');
    const en = stringsFor('en');
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(fr.send).not.toBe(en.send);
    expect(fr.lines([3, 4])).toBe('lignes 3–4');
    expect(en.lines([3, 4])).toBe('lines 3–4');
    expect(en.lines([7, 7])).toBe('line 7');
  });

  it('picks the first supported language', () => {
    expect(pickLanguage([undefined, '', 'EN-us', 'fr'])).toBe('en');
    expect(pickLanguage(['it'], 'en')).toBe('en');
  });
});
