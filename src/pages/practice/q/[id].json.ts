import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBank } from '@lib/questions/load.ts';
import type { ClientQuestion } from '@lib/questions/bank.ts';

/** One file per question, so a session of ten loads ten small files, never the whole bank. */
export const getStaticPaths = (async () => {
  const { topics } = await loadBank();
  return topics.flatMap((t) => t.questions.map((question) => ({ params: { id: question.id }, props: { question } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ question: ClientQuestion }> = ({ props }) =>
  new Response(JSON.stringify(props.question), { headers: { 'Content-Type': 'application/json' } });
