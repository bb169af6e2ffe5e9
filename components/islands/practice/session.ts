/**
 * One session, built with DOM calls into the practice page once its questions are fetched
 * (mount.ts): questions one at a time, feedback after each (practice) or at the end against a
 * timer (exam), then the score by topic and a review. Keys: 1–9 choose, Enter checks (then
 * moves on), N moves on. Focus goes to each new question and to the score; after a check it
 * goes to the button that moves on, as the options it was on are then disabled.
 */
import type { ClientQuestion } from '@lib/questions/bank.ts';
import { choose, complete, markOf, rightOrderKeys } from '@lib/questions/answering.ts';
import { finishSession, record, type Progress } from '@lib/questions/leitner.ts';
import { examSeconds, type Mode } from '@lib/questions/params.ts';
import { isCorrect, percent, score } from '@lib/questions/scoring.ts';
import { displayOrder, seedFrom } from '@lib/questions/shuffle.ts';
import { el } from './dom.ts';

export interface SessionOptions {
  questions: ClientQuestion[];
  mode: Mode;
  progress: Progress;
  titles: ReadonlyMap<string, string>;
  announce: (text: string) => void;
  onsave: (progress: Progress) => void;
  /** Back to the form; with `weak`, straight into a weak-topics session. */
  onrestart: (weak: boolean) => void;
}

const hints = {
  single: 'Choose one answer (keys 1–9), then Enter.',
  multiple: 'Choose every correct answer (keys 1–9), then Enter.',
  order: 'Choose the steps in order (keys 1–9), then Enter.',
};
const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
const taught = (q: ClientQuestion) => el('p', {}, ['Taught in ', el('a', { href: q.learn.href, text: q.learn.text })]);

export function runSession(host: HTMLElement, options: SessionOptions): void {
  const { questions, mode, titles, announce } = options;
  let progress = options.progress;
  const answers = new Map<string, number[]>();
  let done = false;
  let step: { onkey(event: KeyboardEvent): void } | undefined;
  const save = (next: Progress) => {
    progress = next;
    options.onsave(next);
  };

  const timer =
    mode === 'exam' ? el('span', { class: 'pr-timer', role: 'timer', 'aria-label': 'Time left' }) : undefined;
  let ticking: ReturnType<typeof setInterval> | undefined;
  if (timer) {
    const deadline = Date.now() + examSeconds(questions.length) * 1000;
    const tick = () => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      timer.textContent = clock(left);
      if (left === 60) announce('One minute left.');
      if (left === 0) finish();
    };
    tick();
    ticking = setInterval(tick, 1000);
  }

  function show(n: number) {
    const q = questions[n];
    if (!q) return finish();
    const order = displayOrder(q.options.length, seedFrom(q.id), q.kind === 'order');
    let chosen: number[] = [];
    let answered = false;

    const heading = el('h2', { tabindex: '-1', class: 'visually-hidden', text: `Question ${n + 1}` });
    const rows = order.map((i, k) => {
      const position = el('span', { class: 'pr-pos' });
      const button = el('button', { type: 'button' }, [
        el('span', { class: 'pr-key', 'aria-hidden': 'true', text: String(k + 1) }),
        el('span', { html: q.options[i]?.html ?? '' }),
        position,
      ]);
      button.addEventListener('click', () => pick(i));
      return { i, row: el('li', {}, [button]), button, position };
    });
    const clear = el('button', { type: 'button', text: 'Clear the order' });
    clear.addEventListener('click', () => {
      chosen = [];
      update();
      rows[0]?.button.focus();
    });
    const feedback = el('div');
    const action = el('button', { type: 'button', class: 'pr-primary' });
    action.addEventListener('click', () => (answered ? next() : confirm()));

    function update() {
      for (const { i, row, button, position } of rows) {
        const place = chosen.indexOf(i);
        button.setAttribute('aria-pressed', String(place >= 0));
        button.disabled = answered;
        // A placed step takes no second place; it stays focusable, so focus is not lost.
        if (q?.kind === 'order' && place >= 0 && !answered) button.setAttribute('aria-disabled', 'true');
        else button.removeAttribute('aria-disabled');
        position.textContent = q?.kind === 'order' && place >= 0 ? `step ${place + 1}` : '';
        row.dataset['mark'] = answered && q ? markOf(q.kind, chosen, i, q.options[i]?.correct ?? false) : '';
      }
      clear.hidden = q?.kind !== 'order' || answered || chosen.length === 0;
      action.textContent = answered
        ? n + 1 < questions.length
          ? 'Next question (N)'
          : 'See my score'
        : mode === 'exam'
          ? 'Answer and go on (Enter)'
          : 'Check (Enter)';
    }

    function pick(i: number) {
      if (answered || done || !q) return;
      chosen = choose(q.kind, chosen, i);
      feedback.replaceChildren();
      update();
    }

    function confirm() {
      if (answered || done || !q) return;
      if (!complete(q.kind, chosen, q.options.length)) {
        const message = q.kind === 'order' ? 'Put every step in order first.' : 'Choose an answer first.';
        // Shown as well as said: the live region is visually hidden, and Check must not seem dead.
        feedback.replaceChildren(el('p', { class: 'pr-error', text: message }));
        announce(message);
        return;
      }
      answers.set(q.id, chosen);
      const right = isCorrect(q, chosen);
      save(record(progress, q.id, right));
      if (mode === 'exam') return next();
      answered = true;
      for (const { i, row } of rows) row.append(el('p', { class: 'pr-why', html: q.options[i]?.why ?? '' }));
      const verdict = right ? 'Right.' : 'Not quite.';
      feedback.replaceChildren(
        el('p', {
          class: 'pr-verdict',
          'data-right': String(right),
          text: q.kind === 'order' && !right ? `${verdict} The right order: ${rightOrderKeys(order)}.` : verdict,
        }),
        taught(q),
      );
      update();
      action.focus();
      announce(right ? 'Right.' : 'Not quite. The explanations follow.');
    }

    const next = () => show(n + 1);

    step = {
      onkey(event) {
        const key = Number(event.key);
        if (Number.isInteger(key) && key >= 1 && key <= order.length) {
          pick(order[key - 1] ?? 0);
          event.preventDefault();
        } else if (event.key === 'Enter') {
          if (answered) next();
          else confirm();
          event.preventDefault();
        } else if ((event.key === 'n' || event.key === 'N') && answered) {
          next();
        }
      },
    };

    update();
    host.replaceChildren(
      el('div', { class: 'pr-bar' }, [
        el('span', { text: `Question ${n + 1} of ${questions.length} · ${titles.get(q.topic) ?? q.topic}` }),
        ...(timer ? [timer] : []),
      ]),
      el('div', { class: 'pr-question', role: 'group', 'aria-labelledby': 'pr-stem', 'data-id': q.id }, [
        heading,
        el('div', { id: 'pr-stem', class: 'pr-stem', html: q.stem }),
        el('p', { class: 'pr-hint', text: hints[q.kind] }),
        el(
          'ol',
          { class: 'pr-options' },
          rows.map((r) => r.row),
        ),
        clear,
        feedback,
        el('div', { class: 'pr-actions' }, [action]),
      ]),
    );
    announce(`Question ${n + 1} of ${questions.length}`);
    heading.focus();
    // The heading is visually hidden, so focusing it scrolls nowhere: the question could be
    // above the screen, where the longer form or the last explanations had left the page.
    host.scrollIntoView({ block: 'start' });
  }

  function finish() {
    if (done) return;
    done = true;
    clearInterval(ticking);
    removeEventListener('keydown', onkeydown);
    save(finishSession(progress));
    const result = score(questions, answers);
    const heading = el('h2', {
      tabindex: '-1',
      text: `Your score: ${result.right} of ${result.total} (${percent(result.right, result.total)} %)`,
    });
    const restart = (weak: boolean, text: string, primary: boolean) => {
      const button = el('button', { type: 'button', class: primary ? 'pr-primary' : undefined, text });
      button.addEventListener('click', () => options.onrestart(weak));
      return button;
    };
    host.replaceChildren(
      heading,
      ...(result.unanswered > 0
        ? [el('p', { text: `${result.unanswered} left unanswered when the time ran out; they count as wrong.` })]
        : []),
      el('table', {}, [
        el('caption', { text: 'Score by topic, weakest first' }),
        el('thead', {}, [
          el(
            'tr',
            {},
            ['Topic', 'Right', 'Of'].map((text) => el('th', { scope: 'col', text })),
          ),
        ]),
        el(
          'tbody',
          {},
          result.byTopic.map((row) =>
            el('tr', {}, [
              el('th', { scope: 'row', text: titles.get(row.topic) ?? row.topic }),
              el('td', { text: String(row.right) }),
              el('td', { text: String(row.total) }),
            ]),
          ),
        ),
      ]),
      el('div', { class: 'pr-actions' }, [
        restart(true, 'Practise my weak topics', true),
        restart(false, 'New session', false),
      ]),
      el('h2', { text: 'Review' }),
      el('ol', { class: 'pr-review' }, questions.map(reviewItem)),
    );
    announce(`Finished: ${result.right} of ${result.total} right.`);
    heading.focus();
  }

  function reviewItem(q: ClientQuestion) {
    const given = answers.get(q.id);
    const right = given !== undefined && isCorrect(q, given);
    const label = (option: ClientQuestion['options'][number], k: number) =>
      q.kind === 'order'
        ? `Step ${k + 1}${given ? `, you put it ${given.indexOf(k) + 1}` : ''}:`
        : `${option.correct ? 'Right' : 'Wrong'}${given?.includes(k) ? ', your answer' : ''}:`;
    return el('li', {}, [
      el('p', {
        class: 'pr-verdict',
        'data-right': String(right),
        text: `${right ? 'Right' : given === undefined ? 'Unanswered' : 'Wrong'} · ${titles.get(q.topic) ?? q.topic}`,
      }),
      el('div', { class: 'pr-stem', html: q.stem }),
      el(
        'ul',
        {},
        q.options.map((option, k) =>
          el('li', {}, [
            el('strong', { text: label(option, k) }),
            ' ',
            el('span', { html: option.html }),
            ' ',
            el('span', { class: 'pr-why', html: option.why }),
          ]),
        ),
      ),
      taught(q),
    ]);
  }

  function onkeydown(event: KeyboardEvent) {
    if (done || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    // Typing elsewhere on the page (the site search) is not answering.
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    // Enter on an option checks (Space chooses it); on any other control it keeps its own meaning.
    if (event.key === 'Enter' && !target.closest('.pr-options') && target.closest('button, a, summary')) return;
    step?.onkey(event);
  }

  addEventListener('keydown', onkeydown);
  show(0);
}
