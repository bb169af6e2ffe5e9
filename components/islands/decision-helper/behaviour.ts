import { decidingRule, type Answers } from '@lib/decisions/recommend.ts';
import { answersFromSearch, searchWithAnswers, type CompactHelper } from '@lib/decisions/url-state.ts';

/**
 * Shows the panel of the rule that decides for the form's answers, and keeps those answers in the
 * address so a recommendation can be shared. Only complete, valid answers (radio values) ever
 * reach the address.
 */
export function startDecisionHelper(root: HTMLElement): void {
  const data = JSON.parse(root.querySelector('[data-decision-rules]')?.textContent ?? '{}') as CompactHelper;
  const form = root.querySelector<HTMLElement>('[data-decision-form]');
  const panels = [...root.querySelectorAll<HTMLElement>('[data-rule]')];
  const notice = root.querySelector<HTMLElement>('[data-decision-ignored]');
  if (!form) return;

  const read = (): Answers =>
    Object.fromEntries([...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => [i.name, i.value]));

  const show = (answers: Answers) => {
    const rule = String(decidingRule(data.rules, answers));
    for (const panel of panels) panel.hidden = panel.dataset['rule'] !== rule;
  };

  const { answers, ignored } = answersFromSearch(data, location.search, read());
  for (const [name, value] of Object.entries(answers)) {
    const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
    if (input) input.checked = true;
  }
  if (notice) {
    notice.textContent = ignored.join(' ');
    notice.hidden = ignored.length === 0;
  }
  show(answers);

  const sync = () => {
    const current = read();
    show(current);
    const search = searchWithAnswers(data, location.search, current);
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };
  form.addEventListener('change', sync);
}
