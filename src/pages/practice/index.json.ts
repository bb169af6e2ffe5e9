import type { APIRoute } from 'astro';
import { loadBank } from '@lib/questions/load.ts';
import type { TopicIndex } from '@lib/questions/session.ts';

/** The practice island's first fetch: topics and question ids, a couple of KB for the whole bank. */
export const GET: APIRoute = async () => {
  const { topics } = await loadBank();
  const index: TopicIndex[] = topics.map((t) => ({ id: t.id, title: t.title, ids: t.questions.map((q) => q.id) }));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
