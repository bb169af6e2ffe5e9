import Aside from './Aside.astro';
import Cite from './Cite.astro';
import Diagram from './Diagram.astro';
import Fact from './Fact.astro';
import Figure from './Figure.astro';
import GlossaryList from './GlossaryList.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Table from './Table.astro';
import Term from './Term.astro';
import TryIt from './TryIt.astro';
import Verdict from './Verdict.astro';

/**
 * Components every MDX page can use without importing them, `table`, which wraps every
 * Markdown table, and `h2`/`h3`, which give each section heading a link to itself. StackFigure is
 * not here, so that its stylesheet reaches only the pages that import it (a component in this list
 * puts its CSS on every page). Islands are not here: they need a client directive, so each has an
 * Astro wrapper that an MDX page imports (see the contributor guide).
 */
export const mdxComponents = {
  Aside,
  Cite,
  Diagram,
  Fact,
  Figure,
  GlossaryList,
  Term,
  TryIt,
  Verdict,
  table: Table,
  h2: H2,
  h3: H3,
};
