/**
 * The practice form, brought to life on the prerendered markup of Practice.astro: the address
 * and the reader's stored progress are read into it, the length is checked as it is typed, and
 * Start fetches the session's questions and hands them to session.ts. Rules live in
 * src/lib/questions/; this file wires them to the page.
 */
import type { ClientQuestion } from '@lib/questions/bank.ts';
import { emptyProgress, practised, type Progress } from '@lib/questions/leitner.ts';
import { parseSettings, settingsToSearch, type Mode, type Settings } from '@lib/questions/params.ts';
import { chooseQuestions, type TopicIndex } from '@lib/questions/session.ts';
import { parseProgress, serializeProgress } from '@lib/questions/storage.ts';
import { announcer, el } from './dom.ts';
import { runSession } from './session.ts';

export function mountPractice(root: HTMLElement): void {
  const base = root.dataset['base'] ?? '/';
  const key = root.dataset['storageKey'] ?? '';
  const max = Number(root.dataset['maxCount']);
  const find = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector) as T;
  const form = find<HTMLFormElement>('form');
  const all = find<HTMLInputElement>('input[name=all]');
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-topic]')];
  const count = find<HTMLInputElement>('input[name=count]');
  const countMessage = find('#pr-count-msg');
  const modes = [...root.querySelectorAll<HTMLInputElement>('input[name=mode]')];
  const buttons = [...form.querySelectorAll('button')];
  const errorLine = find('[data-pr-error]');
  const messages = find('[data-pr-messages]');
  const forget = find('[data-pr-forget]');
  const sessionHost = find('[data-pr-session]');
  const announce = announcer(find('[data-pr-announce]'));
  const formParts = [messages, form, forget];

  let progress: Progress = emptyProgress();
  let index: Promise<TopicIndex[]> | undefined;
  const getJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${base}practice/${path}`);
    if (!response.ok) throw new Error(`${response.status} ${path}`);
    return (await response.json()) as T;
  };
  // The index (ids per topic, a few KB) shows how much of each topic the reader has practised.
  const loadIndex = () => (index ??= getJson<TopicIndex[]>('index.json'));

  const countError = () => {
    const value = count.value;
    return /^\s*\d+\s*$/.test(value) && Number(value) >= 1 && Number(value) <= max
      ? ''
      : `Enter a whole number from 1 to ${max}.`;
  };
  const checkCount = () => {
    const error = countError();
    countMessage.textContent = error;
    if (error) count.setAttribute('aria-invalid', 'true');
    else count.removeAttribute('aria-invalid');
    return error === '';
  };

  const readForm = (weak: boolean): Settings => ({
    topics: boxes.filter((box) => box.checked).map((box) => box.value),
    count: Number(count.value),
    mode: (modes.find((radio) => radio.checked)?.value ?? 'practice') as Mode,
    weak,
  });
  const writeForm = (settings: Settings) => {
    for (const box of boxes) box.checked = settings.topics.includes(box.value);
    all.checked = settings.topics.length === 0;
    count.value = String(settings.count);
    for (const radio of modes) radio.checked = radio.value === settings.mode;
  };

  const showProgress = () => {
    find('[data-pr-answered]').textContent = String(Object.keys(progress.cards).length);
    find('[data-pr-sessions]').textContent = String(progress.session);
    void loadIndex()
      .then((topics) => {
        for (const topic of topics) {
          const slot = root.querySelector(`[data-practised="${CSS.escape(topic.id)}"]`);
          if (slot) slot.textContent = `, ${practised(topic.ids, progress)} practised`;
        }
      })
      .catch(() => undefined); // The counts are a nicety; Start says so if the index is missing.
  };

  const save = (next: Progress) => {
    progress = next;
    try {
      localStorage.setItem(key, serializeProgress(next));
    } catch {
      // Private mode or a full quota: the session still works, it is just not remembered.
    }
  };

  const notes: string[] = [];
  const showForm = (shown: boolean) => {
    for (const part of formParts) part.hidden = !shown;
    messages.hidden = !shown || notes.length === 0;
    sessionHost.hidden = shown;
  };

  async function start(weak: boolean) {
    if (!checkCount()) {
      count.focus();
      return;
    }
    const settings = readForm(weak);
    history.replaceState(history.state, '', settingsToSearch(settings) + location.hash);
    for (const button of buttons) button.disabled = true;
    errorLine.hidden = true;
    try {
      const topics = await loadIndex();
      const ids = chooseQuestions(topics, settings, progress, Date.now() >>> 0);
      const questions = await Promise.all(ids.map((id) => getJson<ClientQuestion>(`q/${id}.json`)));
      showForm(false);
      runSession(sessionHost, {
        questions,
        mode: settings.mode,
        progress,
        titles: new Map(topics.map((t) => [t.id, t.title])),
        announce,
        onsave: save,
        onrestart: (again) => {
          sessionHost.replaceChildren();
          showForm(true);
          showProgress();
          if (again) void start(true);
          else {
            all.focus();
            announce('Choose the next session’s topics, length and mode.');
          }
        },
      });
    } catch {
      index = undefined;
      errorLine.textContent = 'The questions could not be loaded. Check your connection and try again.';
      errorLine.hidden = false;
      for (const button of buttons) button.disabled = false;
      // Disabling the pressed button dropped focus to the page's top: put it back, ready to retry.
      find(weak ? '[data-pr-weak]' : '[type=submit]').focus();
      return;
    }
    for (const button of buttons) button.disabled = false;
  }

  // What the address asks for, then what was stored: each problem explained above the form.
  if (location.search) {
    const parsed = parseSettings(
      location.search,
      boxes.map((box) => box.value),
    );
    writeForm(parsed.settings);
    notes.push(...parsed.messages);
  }
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(key);
  } catch {
    // Storage blocked: start afresh, without a message, as nothing was lost.
  }
  const loaded = parseProgress(stored);
  progress = loaded.progress;
  if (loaded.message) notes.push(loaded.message);
  find('.pr-messages').replaceChildren(...notes.map((text) => el('li', { text })));
  messages.hidden = notes.length === 0;
  showProgress();

  form.addEventListener('change', (event) => {
    if (event.target === all) {
      if (all.checked) for (const box of boxes) box.checked = false;
    }
    // "All topics" is what choosing none means: it is ticked exactly when no topic is.
    all.checked = !boxes.some((box) => box.checked);
  });
  count.addEventListener('input', checkCount);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void start(false);
  });
  find('[data-pr-weak]').addEventListener('click', () => void start(true));
  forget.querySelector('button')?.addEventListener('click', () => {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing stored, nothing to forget.
    }
    progress = emptyProgress();
    showProgress();
    announce('Your progress is forgotten.');
  });
  root.dataset['ready'] = 'true';
}
