// html-validate over every built page (npm run test:html). Exceptions, each with its reason:
export default {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    // Astro writes the islands' bootstrap (`astro-island { display: contents }`) as a <style>
    // beside the first island in the body; browsers apply it, the content model does not list it.
    { style: { flow: true } },
  ],
  rules: {
    // Shiki colours code tokens through style attributes (CSS variables for both themes).
    'no-inline-style': 'off',
    // Titles are "<page title> · Isolation Atlas"; the schema already caps the page title at 70.
    'long-title': 'off',
  },
};
