/** How the code under test calls `fetch`: always a URL string and an init. */
export type TFetchArgs = [input: string, init: RequestInit];

export type TFetchMock = jest.Mock<Promise<Response>, TFetchArgs>;

/**
 * For a `describe` block: swaps `global.fetch` for a jest mock before each test (reset, so no
 * calls or answers leak between tests) and puts the real one back after. With `apiUrl`, sets
 * `process.env.API_URL` for each test too and restores what was there before.
 */
export function stubFetch(options: { apiUrl?: string } = {}): TFetchMock {
  const fetchMock: TFetchMock = jest.fn<Promise<Response>, TFetchArgs>();
  const realFetch = global.fetch;
  const realApiUrl = process.env.API_URL;

  beforeEach(() => {
    if (options.apiUrl !== undefined) process.env.API_URL = options.apiUrl;
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  afterEach(() => {
    global.fetch = realFetch;
    if (options.apiUrl === undefined) return;
    if (realApiUrl === undefined) delete process.env.API_URL;
    else process.env.API_URL = realApiUrl;
  });

  return fetchMock;
}
