/** What the search bundle (search-ui.ts) hands to the loader in SearchDialog.astro. */
interface AtlasSearch {
  prepare(bundle: string): void;
  open(bundle: string): void;
}
interface Window {
  atlasSearch?: AtlasSearch;
}
