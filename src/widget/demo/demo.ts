// Demo page buttons drive the widget through its public JS API, as a host site's own buttons would.
import { toLanguage } from '../i18n.js';

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-oim-ask]') : null;
  const assistant = window.OIMAssistant;
  if (!button || !assistant) return;
  const lang = toLanguage(button.getAttribute('data-oim-lang'));
  if (lang) assistant.setLanguage(lang);
  void assistant.ask(button.getAttribute('data-oim-ask') ?? '');
});
