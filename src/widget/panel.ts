// Static structure of the widget: launcher, dialog, log, starters, composer and passage viewer.
import { h, icon, ICONS } from './dom.js';
import type { Strings } from './i18n.js';

export interface PanelRefs {
  container: HTMLElement;
  launcher: HTMLButtonElement;
  panel: HTMLElement;
  title: HTMLHeadingElement;
  newButton: HTMLButtonElement;
  closeButton: HTMLButtonElement;
  log: HTMLElement;
  starters: HTMLElement;
  form: HTMLFormElement;
  inputLabel: HTMLLabelElement;
  input: HTMLTextAreaElement;
  sendButton: HTMLButtonElement;
  stopButton: HTMLButtonElement;
  passage: HTMLElement;
  passageBack: HTMLButtonElement;
  passageBody: HTMLElement;
}

export const MAX_QUESTION_LENGTH = 2000;

export function buildPanel(position: 'left' | 'right'): PanelRefs {
  const title = h('h2', { id: 'oim-title' });
  const newButton = h('button', { type: 'button', class: 'icon-btn' }, [icon(ICONS.refresh)]);
  const closeButton = h('button', { type: 'button', class: 'icon-btn' }, [icon(ICONS.close)]);
  // A log is announced politely as lines are added; tabindex lets keyboard users scroll it.
  const log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions text', tabindex: '0' });
  const starters = h('div', { class: 'starters', role: 'group' });
  const inputLabel = h('label', { for: 'oim-input', class: 'sr-only' });
  const input = h('textarea', { id: 'oim-input', rows: '1', maxlength: String(MAX_QUESTION_LENGTH), autocomplete: 'off' });
  const sendButton = h('button', { type: 'submit', class: 'icon-btn action' }, [icon(ICONS.send)]);
  const stopButton = h('button', { type: 'button', class: 'icon-btn action', hidden: true }, [icon(ICONS.stop)]);
  const form = h('form', { novalidate: true }, [inputLabel, input, sendButton, stopButton]);
  const passageBack = h('button', { type: 'button', class: 'back' }, [icon(ICONS.back)]);
  const passageBody = h('div', { class: 'passage-body' });
  const passage = h('section', { class: 'passage', hidden: true, 'aria-labelledby': 'oim-passage-title' }, [passageBack, passageBody]);
  const panel = h('div', { class: 'panel', id: 'oim-panel', role: 'dialog', 'aria-labelledby': 'oim-title', hidden: true }, [
    h('header', {}, [title, newButton, closeButton]),
    h('div', { class: 'main' }, [log, passage]),
    starters,
    form,
  ]);
  const launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'oim-panel' }, [
    icon(ICONS.chat),
  ]);
  const container = h('div', { class: `root ${position}` }, [panel, launcher]);
  return {
    container,
    launcher,
    panel,
    title,
    newButton,
    closeButton,
    log,
    starters,
    form,
    inputLabel,
    input,
    sendButton,
    stopButton,
    passage,
    passageBack,
    passageBody,
  };
}

/** (Re)labels every control; called on start and whenever the language changes. */
export function applyStrings(refs: PanelRefs, strings: Strings, title: string, lang: string): void {
  refs.container.setAttribute('lang', lang);
  refs.title.textContent = title;
  label(refs.launcher, strings.openLauncher);
  label(refs.newButton, strings.newConversation);
  label(refs.closeButton, strings.closePanel);
  label(refs.sendButton, strings.send);
  label(refs.stopButton, strings.stop);
  refs.log.setAttribute('aria-label', strings.conversation);
  refs.starters.setAttribute('aria-label', strings.startersLabel);
  refs.inputLabel.textContent = strings.questionLabel;
  refs.input.placeholder = strings.placeholder;
  refs.passageBack.replaceChildren(refs.passageBack.firstChild as Node, strings.back);
}

function label(button: HTMLButtonElement, text: string): void {
  button.setAttribute('aria-label', text);
  button.title = text;
}

export function renderStarters(starters: HTMLElement, strings: Strings, onAsk: (question: string) => void): void {
  starters.replaceChildren(
    h('p', { 'aria-hidden': 'true' }, [strings.startersLabel]),
    ...strings.starters.map((question) => {
      const button = h('button', { type: 'button', class: 'starter' }, [question]);
      button.addEventListener('click', () => onAsk(question));
      return button;
    }),
  );
}
