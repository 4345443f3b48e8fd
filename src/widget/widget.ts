// Entry point of /widget.js: one <script> tag mounts the assistant in an open shadow root.
import { readConfig } from './config.js';
import { WidgetController, type OIMAssistantApi } from './controller.js';
import { applyStyles } from './styles.js';

declare global {
  interface Window {
    OIMAssistant?: OIMAssistantApi;
  }
}

// currentScript is only set while this file first runs (deferred classic scripts included), so read it now.
const script = findOwnScript();

function findOwnScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  const candidates = Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'));
  return candidates.find((s) => /\/widget\.js(?:[?#]|$)/.test(s.src)) ?? null;
}

function mount(): void {
  // A page that includes the tag twice (CMS blocks, tag managers) still gets one widget.
  if (window.OIMAssistant) return;
  const config = readConfig({
    script,
    documentLang: document.documentElement.getAttribute('lang'),
    navigatorLanguages: navigator.languages?.length ? navigator.languages : [navigator.language],
    pageUrl: location.href,
  });
  const host = document.createElement('oim-assistant');
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow);
  const controller = new WidgetController(config);
  shadow.appendChild(controller.refs.container);
  document.body.appendChild(host);
  window.OIMAssistant = controller.api();
  window.dispatchEvent(new CustomEvent('oim-assistant:ready'));
}

if (document.body) mount();
else document.addEventListener('DOMContentLoaded', mount, { once: true });
