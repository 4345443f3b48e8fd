// The passage viewer overlays the conversation; focus goes to it and back to the chip that opened it.
import type { Citation } from './api.js';
import type { Strings } from './i18n.js';
import type { PanelRefs } from './panel.js';
import { passageContent } from './render.js';

export class PassageViewer {
  private opener: HTMLElement | null = null;

  constructor(private readonly refs: PanelRefs) {
    refs.passageBack.addEventListener('click', () => this.close());
  }

  get isOpen(): boolean {
    return !this.refs.passage.hidden;
  }

  show(citation: Citation, opener: HTMLElement, strings: Strings): void {
    const { passage, passageBody, log } = this.refs;
    passageBody.replaceChildren(...passageContent(citation, strings, 'oim-passage-title'));
    passage.hidden = false;
    // The log stays rendered underneath; inert keeps Tab and screen readers out of it meanwhile.
    log.setAttribute('inert', '');
    this.opener = opener;
    passageBody.querySelector<HTMLElement>('.passage-title')?.focus();
  }

  /** Returns whether a passage was open. */
  close(restoreFocus = true): boolean {
    const { passage, log, input } = this.refs;
    if (passage.hidden) return false;
    passage.hidden = true;
    log.removeAttribute('inert');
    const opener = this.opener;
    this.opener = null;
    if (restoreFocus) (opener?.isConnected ? opener : input).focus();
    return true;
  }
}
