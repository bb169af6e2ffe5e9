import { describe, expect, it } from 'vitest';
import { practiceFileSchema } from './schema.ts';

const option = (text: string, correct?: boolean) => ({ text, why: `Because ${text}.`, ...(correct && { correct }) });
const question = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'single',
  difficulty: 2,
  scenario: true,
  onPage: true,
  stem: 'Which one?',
  options: [option('right', true), option('wrong')],
  learn: 'namespaces#the-pid-namespace',
  sources: ['pid-namespaces-7'],
  ...extra,
});
const file = (questions: unknown[]) => ({
  learn: ['one', 'two', 'three'],
  takeaways: ['one', 'two', 'three'],
  questions,
});
const valid = () => file([question('q-one'), question('q-two'), question('q-three')]);

function messages(input: unknown): string[] {
  const result = practiceFileSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('practiceFileSchema', () => {
  it('accepts a complete file', () => {
    expect(messages(valid())).toEqual([]);
  });

  it('names the question with no correct option', () => {
    const data = valid();
    data.questions[1] = question('q-two', { options: [option('a'), option('b')] });
    expect(messages(data)).toEqual(['question "q-two" has no correct option: mark exactly one with `correct: true`']);
  });

  it('names a single-answer question with two correct options', () => {
    const data = valid();
    data.questions[0] = question('q-one', { options: [option('a', true), option('b', true)] });
    expect(messages(data)).toEqual([
      'question "q-one" has 2 correct options but is `kind: single`: mark one, or make it `kind: multiple`',
    ]);
  });

  it('accepts several correct options in a multiple-answer question, but not all of them', () => {
    const data = valid();
    data.questions[0] = question('q-one', {
      kind: 'multiple',
      options: [option('a', true), option('b', true), option('c')],
    });
    expect(messages(data)).toEqual([]);
    data.questions[0] = question('q-one', { kind: 'multiple', options: [option('a', true), option('b', true)] });
    expect(messages(data)).toEqual(['question "q-one" marks every option correct: add at least one wrong one']);
  });

  it('rejects `correct` in an order question, whose list is the answer', () => {
    const data = valid();
    data.questions[2] = question('q-three', { kind: 'order', options: [option('a', true), option('b'), option('c')] });
    expect(messages(data)).toEqual([
      'question "q-three" is `kind: order`: list the steps in their correct order, without `correct:`',
    ]);
  });

  it('asks for the `why` of an option that lacks one', () => {
    const data = valid();
    data.questions[0] = question('q-one', { options: [option('a', true), { text: 'b' }] });
    expect(messages(data)).toEqual(['needs `why:`, an explanation of why this option is right or wrong (Markdown)']);
    const result = practiceFileSchema.safeParse(data);
    expect(result.success ? [] : result.error.issues[0]?.path).toEqual(['questions', 0, 'options', 1, 'why']);
  });

  it('rejects a duplicate id within a file', () => {
    const data = valid();
    data.questions[2] = question('q-one');
    expect(messages(data)).toEqual(['question "q-one" appears twice in this file: give each question its own id']);
  });

  it('rejects a `learn` link without a heading and a malformed id', () => {
    const data = valid();
    data.questions[0] = question('Q One', { learn: 'namespaces' });
    expect(messages(data)).toEqual([
      'use lowercase letters, digits and hyphens only, for example `namespaces-pid-view`',
      'write `page-id#heading-id`, e.g. `namespaces#the-pid-namespace`',
    ]);
  });

  it('rejects raw HTML in Markdown but allows it in code', () => {
    const data = valid();
    data.questions[0] = question('q-one', { stem: 'Is `<script>` safe?' });
    expect(messages(data)).toEqual([]);
    data.questions[0] = question('q-one', { stem: 'Click <img src=x onerror=alert(1)>' });
    expect(messages(data)).toEqual(['contains raw HTML: write Markdown instead, or put the tag in `backticks`']);
  });

  it('needs 3–5 questions on the page and 3–5 bullets', () => {
    const data = valid();
    data.questions[0] = question('q-one', { onPage: false });
    data.learn = ['only one'];
    expect(messages(data)).toEqual([
      '`learn:` needs 3–5 bullets',
      'marks 2 questions `onPage: true`: "Check yourself" shows 3–5: mark 3–5 of this file\'s questions',
    ]);
  });

  it('rejects a difficulty outside 1–3 and a source that is neither an id nor https', () => {
    const data = valid();
    data.questions[0] = question('q-one', { difficulty: 4, sources: ['http://example.com/'] });
    expect(messages(data)).toEqual([
      '`difficulty:` must be 1 (recall), 2 (apply) or 3 (analyse)',
      'a source is a citation id of the page (e.g. `namespaces-7`) or an https:// address',
    ]);
  });
});
