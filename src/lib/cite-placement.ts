/**
 * Where a citation marker goes: straight after the words it supports, before the punctuation
 * that closes the clause, with no space in between: `…as root<Cite id="x" />.` Most of the
 * pages were written so; the rule makes a marker belong visibly to its own sentence (after a
 * full stop it reads as the start of the next one) and, with the no-break join in <Cite>, it
 * never starts a line. A marker alone in a table cell is fine.
 */
const CITES = String.raw`(?:<Cite\b[^>]*/>)+`;
/** Punctuation closing a clause, then one or more markers. */
const afterPunctuation = new RegExp(String.raw`([.,;:])(${CITES})`, 'g');
/** A space before a marker, unless the marker opens a table cell or the line. */
const afterSpace = new RegExp(String.raw`([^\s|])[ \t]+(${CITES})`, 'g');

export interface CiteProblem {
  /** 1-based line of the marker. */
  line: number;
  message: string;
}

export function citePlacementProblems(body: string, firstLine = 1): CiteProblem[] {
  const problems: CiteProblem[] = [];
  body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(afterPunctuation)) {
      problems.push({
        line: firstLine + i,
        message: `citation after "${m[1]}": put the marker before the punctuation, ${'word<Cite … />' + m[1]}`,
      });
    }
    for (const _ of text.matchAll(afterSpace)) {
      problems.push({
        line: firstLine + i,
        message: 'space before a citation: join the marker to the word it supports, word<Cite … />',
      });
    }
  });
  return problems;
}

/** The same text with every marker moved to where the rule puts it. */
export function fixCitePlacement(body: string): string {
  return body.replace(afterPunctuation, '$2$1').replace(afterSpace, '$1$2');
}
