/** libpg-query's Emscripten factory (the package ships no types for this file); parse.ts types what it uses. */
declare module 'libpg-query/wasm/libpg-query.js' {
  const createModule: () => Promise<unknown>;
  export default createModule;
}
