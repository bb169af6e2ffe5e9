/** A YAML file imported as data (src/integrations/yaml-data.ts); its schema gives it a type. */
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
