// Thumbs up / down under an answer, with an optional short comment. Two toggle buttons
// (aria-pressed) in a labelled group, a labelled comment field that appears once a verdict is given,
// and a polite status line that says what happened: usable with the keyboard alone and announced
// by screen readers. The verdict is sent at once; a comment is sent with it again (the server keeps
// the latest).
import type { Rating } from '../contract/insights.js';
import { MAX_COMMENT } from '../contract/limits.js';
import { sendFeedback } from './api.js';
import { h, icon, ICONS } from './dom.js';
import type { Strings } from './i18n.js';

let sequence = 0;

export interface FeedbackOptions {
  endpoint: string;
  answerId: string;
  strings: Strings;
}

export function feedbackControls({ endpoint, answerId, strings }: FeedbackOptions): HTMLElement {
  const n = ++sequence;
  const questionId = `oim-feedback-q-${n}`;
  const commentId = `oim-feedback-c-${n}`;
  const vote = (rating: Rating, label: string, path: string) =>
    h('button', { type: 'button', class: 'vote', 'aria-pressed': 'false', 'aria-label': label, title: label, 'data-rating': rating }, [
      icon(path),
    ]);
  const up = vote('up', strings.feedbackUp, ICONS.thumbUp);
  const down = vote('down', strings.feedbackDown, ICONS.thumbDown);
  const commentLabel = h('label', { for: commentId });
  const comment = h('textarea', { id: commentId, rows: '2', maxlength: String(MAX_COMMENT) });
  const sendComment = h('button', { type: 'submit', class: 'send-comment' }, [strings.feedbackSendComment]);
  const form = h('form', { class: 'feedback-comment', hidden: true, novalidate: true }, [commentLabel, comment, sendComment]);
  const status = h('p', { class: 'feedback-status', role: 'status' });
  const root = h('div', { class: 'feedback', role: 'group', 'aria-labelledby': questionId }, [
    h('p', { id: questionId, class: 'feedback-question' }, [strings.feedbackQuestion]),
    h('div', { class: 'votes' }, [up, down]),
    form,
    status,
  ]);

  let rating: Rating | null = null;
  const say = (text: string, error = false) => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };
  const submit = async (body: { rating: Rating; comment?: string }): Promise<boolean> => {
    try {
      await sendFeedback(endpoint, { answerId, ...body });
      return true;
    } catch {
      say(strings.feedbackFailed, true);
      return false;
    }
  };

  const choose = async (chosen: Rating) => {
    rating = chosen;
    up.setAttribute('aria-pressed', String(chosen === 'up'));
    down.setAttribute('aria-pressed', String(chosen === 'down'));
    commentLabel.textContent = chosen === 'down' ? strings.feedbackCommentDown : strings.feedbackCommentUp;
    form.hidden = false;
    if (await submit({ rating: chosen })) say(strings.feedbackThanks);
  };
  up.addEventListener('click', () => void choose('up'));
  down.addEventListener('click', () => void choose('down'));

  const sendTheComment = async () => {
    const text = comment.value.trim().slice(0, MAX_COMMENT);
    if (!rating || !text) {
      comment.focus();
      return;
    }
    sendComment.disabled = true;
    if (await submit({ rating, comment: text })) {
      form.hidden = true;
      say(strings.feedbackCommentSent);
      (rating === 'up' ? up : down).focus();
    }
    sendComment.disabled = false;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void sendTheComment();
  });
  comment.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    void sendTheComment();
  });
  return root;
}
