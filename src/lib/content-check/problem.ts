/** One mistake in the content, where its author will look for it. */
export interface Problem {
  /** Path of the file as the contributor sees it, e.g. content/namespaces.mdx. */
  file: string;
  /** Line of the file, from 1. */
  line: number;
  /** What is wrong and what to write instead. */
  message: string;
}

export function formatProblem({ file, line, message }: Problem): string {
  return `${file}:${line}  ${message}`;
}
