// autocannon's HTTP client (one per connection); untyped, used only by write-after-reads.ts.
declare module 'autocannon/lib/httpClient.js' {
  const Client: { prototype: { _doRequest?: (this: { destroyed?: boolean }) => void } & Record<symbol, unknown> };
  export default Client;
}
