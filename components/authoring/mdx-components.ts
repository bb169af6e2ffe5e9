import Aside from './Aside.astro';
import Cite from './Cite.astro';
import Diagram from './Diagram.astro';
import Figure from './Figure.astro';
import GlossaryList from './GlossaryList.astro';
import Table from './Table.astro';
import StackFigure from './StackFigure.astro';
import Term from './Term.astro';
import TryIt from './TryIt.astro';

/**
 * Components every MDX page can use without importing them, and `table`, which wraps every
 * Markdown table. Islands are not here: they need a
 * client directive, so each has an Astro wrapper that an MDX page imports (see the contributor
 * guide).
 */
export const mdxComponents = { Aside, Cite, Diagram, Figure, GlossaryList, StackFigure, Term, TryIt, table: Table };
