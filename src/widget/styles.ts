// Widget CSS, scoped by the shadow root. Host pages theme it through --oim-* custom properties,
// which (unlike ordinary properties, reset by `all: initial`) inherit into the shadow tree.

const CSS = `
:host {
  all: initial;
  --_primary: var(--oim-primary, #0033a0);
  --_on-primary: var(--oim-on-primary, #ffffff);
  --_surface: var(--oim-surface, #ffffff);
  --_text: var(--oim-text, #1a1a1a);
  --_muted: var(--oim-muted, #4a4a4a);
  --_border: var(--oim-border, #8a8f98);
  --_user-bg: var(--oim-user-bubble, #e6edf9);
  --_assistant-bg: var(--oim-assistant-bubble, #f3f4f6);
  --_focus: var(--oim-focus, #0033a0);
  --_radius: var(--oim-radius, 12px);
}
/* Host pages can still style the host element itself (even "* { … !important }" matches it), so the
   inherited properties are reset again on the first element inside the shadow root. */
.root {
  all: initial;
  display: block;
  font-family: var(--oim-font, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif);
  font-size: 16px;
  line-height: 1.45;
  color: var(--_text);
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
button, textarea { font: inherit; color: inherit; }
button { cursor: pointer; }
button:focus-visible, textarea:focus-visible, a:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--_focus); outline-offset: 2px; box-shadow: 0 0 0 5px #ffffff;
}
.launcher {
  position: fixed; bottom: 16px; z-index: var(--oim-z-index, 2147483000);
  width: 56px; height: 56px; border-radius: 50%; border: 2px solid var(--_on-primary);
  background: var(--_primary); color: var(--_on-primary);
  display: flex; align-items: center; justify-content: center;
  box-shadow: 0 4px 14px rgba(0, 0, 0, 0.3);
}
.launcher svg { width: 28px; height: 28px; fill: currentColor; }
.right > .launcher { right: 16px; }
.left > .launcher { left: 16px; }
.panel {
  position: fixed; bottom: 84px; z-index: var(--oim-z-index, 2147483000);
  width: min(400px, calc(100vw - 16px)); height: min(620px, calc(100vh - 100px));
  display: flex; flex-direction: column; overflow: hidden;
  background: var(--_surface); color: var(--_text);
  border: 1px solid var(--_border); border-radius: var(--_radius);
  box-shadow: 0 8px 30px rgba(0, 0, 0, 0.25);
}
.right .panel { right: 8px; }
.left .panel { left: 8px; }
@media (max-width: 480px) {
  .panel { inset: 0; width: 100vw; height: 100%; max-height: none; border-radius: 0; border: 0; }
  .right .panel, .left .panel { right: 0; left: 0; bottom: 0; }
  /* The full-screen panel has its own close button; a launcher on top would cover the send button. */
  .open > .launcher { display: none; }
}
header {
  display: flex; align-items: center; gap: 4px; padding: 8px 8px 8px 16px;
  background: var(--_primary); color: var(--_on-primary);
}
header h2 { flex: 1; margin: 0; font-size: 1.05rem; font-weight: 600; overflow-wrap: anywhere; }
.icon-btn {
  width: 44px; height: 44px; flex: none; border: 0; border-radius: 8px;
  background: transparent; color: inherit; display: inline-flex; align-items: center; justify-content: center;
}
.icon-btn svg { width: 22px; height: 22px; fill: currentColor; }
header .icon-btn:focus-visible { outline-color: var(--_on-primary); box-shadow: 0 0 0 5px var(--_primary); }
.main { position: relative; flex: 1; min-height: 0; display: flex; flex-direction: column; }
.log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 10px; }
.msg { max-width: 92%; padding: 8px 12px; border-radius: var(--_radius); overflow-wrap: anywhere; }
.msg p { margin: 0; }
.msg .text { white-space: pre-wrap; }
.msg.user { align-self: flex-end; background: var(--_user-bg); }
.msg.assistant, .msg.intro { align-self: flex-start; background: var(--_assistant-bg); }
.pending { color: var(--_muted); font-style: italic; }
.notice { margin-top: 6px !important; padding: 6px 8px; border-radius: 6px; font-size: 0.9rem; }
.notice.info { background: #fff4d6; color: #4d3b00; }
.notice.error { background: #fdecee; color: #8a0019; }
.chip {
  display: inline-flex; align-items: center; justify-content: center;
  min-width: 24px; height: 24px; margin: 0 2px; padding: 0 6px; vertical-align: baseline;
  border: 0; border-radius: 12px; background: var(--_primary); color: var(--_on-primary);
  font-size: 0.8rem; font-weight: 700; line-height: 1;
}
.starters { display: flex; flex-wrap: wrap; gap: 6px; padding: 0 12px 8px; }
.starters p { width: 100%; margin: 0; color: var(--_muted); font-size: 0.85rem; }
.starter, .suggestion {
  padding: 6px 10px; min-height: 36px; border-radius: 18px; text-align: left;
  border: 1px solid var(--_primary); background: var(--_surface); color: var(--_primary);
}
.suggestions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.contact { margin-top: 6px !important; }
.contact-link { color: var(--_primary); }
form { display: flex; gap: 6px; align-items: flex-end; padding: 8px; border-top: 1px solid var(--_border); }
textarea {
  flex: 1; min-width: 0; min-height: 44px; max-height: 120px; resize: none; padding: 10px;
  border: 1px solid var(--_border); border-radius: 8px; background: var(--_surface);
}
textarea::placeholder { color: var(--_muted); opacity: 1; }
.action { background: var(--_primary); color: var(--_on-primary); }
.passage {
  position: absolute; inset: 0; overflow-y: auto; padding: 12px 16px;
  background: var(--_surface); display: flex; flex-direction: column; gap: 8px;
}
.passage .back { align-self: flex-start; display: inline-flex; gap: 6px; align-items: center;
  padding: 6px 10px; border: 1px solid var(--_primary); border-radius: 8px; background: var(--_surface); color: var(--_primary); }
.passage .back svg { width: 18px; height: 18px; fill: currentColor; }
.passage-body { display: flex; flex-direction: column; gap: 8px; }
.passage-title { margin: 0; font-size: 1.05rem; }
.passage-heading { margin: 0; font-weight: 600; }
.passage-lines { margin: 0; color: var(--_muted); font-size: 0.9rem; overflow-wrap: anywhere; }
.passage-text { margin: 0; padding: 8px 12px; border-left: 4px solid var(--_primary); background: var(--_assistant-bg); white-space: pre-wrap; overflow-wrap: anywhere; }
.passage-link { color: var(--_primary); }
.feedback { margin-top: 8px; padding-top: 6px; border-top: 1px solid var(--_border); }
.feedback-question { font-size: 0.9rem; color: var(--_muted); }
.votes { display: flex; gap: 6px; margin-top: 4px; }
.vote {
  width: 40px; height: 40px; display: inline-flex; align-items: center; justify-content: center;
  border: 1px solid var(--_primary); border-radius: 8px; background: var(--_surface); color: var(--_primary);
}
.vote svg { width: 20px; height: 20px; fill: currentColor; }
/* The pressed state shows by fill and by a thicker border, not by colour alone. */
.vote[aria-pressed="true"] { background: var(--_primary); color: var(--_on-primary); border-width: 3px; }
.feedback-comment { display: flex; flex-direction: column; gap: 4px; margin-top: 6px; padding: 0; border: 0; }
.feedback-comment label { font-size: 0.9rem; }
.feedback-comment textarea { min-height: 44px; }
.send-comment {
  align-self: flex-start; min-height: 36px; padding: 4px 12px; border-radius: 8px;
  border: 1px solid var(--_primary); background: var(--_primary); color: var(--_on-primary);
}
.feedback-status { font-size: 0.85rem; color: var(--_muted); margin-top: 4px !important; }
.feedback-status.error { color: #8a0019; }
@media (prefers-reduced-motion: no-preference) {
  .panel { animation: oim-in 120ms ease-out; }
  /* Movement only: fading in would briefly lower text contrast. */
  @keyframes oim-in { from { transform: translateY(8px); } to { transform: none; } }
}
`;

/**
 * Constructable stylesheets are not subject to a host page's CSP style-src, so the widget still works
 * on sites that forbid inline styles; the <style> element is only a fallback for older browsers.
 */
export function applyStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = CSS;
  root.appendChild(style);
}
