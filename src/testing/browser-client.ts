import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/**
 * Acts like a browser against app.inject: keeps cookies, and sends forms with
 * the CSRF token of the last page it fetched, as a real form post would.
 */
export class BrowserClient {
  readonly cookies = new Map<string, string>();
  lastCsrfToken: string | undefined;
  readonly app: FastifyInstance;
  readonly ip: string;

  constructor(app: FastifyInstance, ip = '127.0.0.1') {
    this.app = app;
    this.ip = ip;
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({ method: 'GET', url, headers: this.headers(), remoteAddress: this.ip });
    this.remember(response);
    return response;
  }

  /** Posts a form; `_csrf` defaults to the token on the last page fetched. Pass `_csrf: null` to leave it out. */
  async post(url: string, form: Record<string, string | null>): Promise<LightMyRequestResponse> {
    const fields = { _csrf: this.lastCsrfToken ?? null, ...form };
    const body = new URLSearchParams(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== null));
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: body.toString(),
      remoteAddress: this.ip,
    });
    this.remember(response);
    return response;
  }

  /**
   * Posts a multipart form with one file, as a browser sends an upload form;
   * `_csrf` defaults to the token on the last page fetched, as in `post`.
   */
  async upload(
    url: string,
    fields: Record<string, string | null>,
    file: { field: string; filename: string; content: Buffer | string; contentType: string },
  ): Promise<LightMyRequestResponse> {
    const boundary = `----guildhall-test-${Math.random().toString(36).slice(2)}`;
    const values = Object.entries({ _csrf: this.lastCsrfToken ?? null, ...fields }).filter(
      (entry): entry is [string, string] => entry[1] !== null,
    );
    const parts = values.map(([name, value]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
    const fileHead = `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`;
    const payload = Buffer.concat([...parts, Buffer.from(fileHead), Buffer.from(file.content), Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: { ...this.headers(), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
      remoteAddress: this.ip,
    });
    this.remember(response);
    return response;
  }

  /** Fetches the form page first for its token, then posts to it. */
  async submit(pageUrl: string, form: Record<string, string | null>, actionUrl = pageUrl.split('?')[0] ?? pageUrl) {
    await this.get(pageUrl);
    return this.post(actionUrl, form);
  }

  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    return this.submit('/sign-in', { email, password });
  }

  private headers(): Record<string, string> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return cookie ? { cookie } : {};
  }

  private remember(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() < Date.now()) || cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.lastCsrfToken = token;
  }
}

let browsersMade = 0;

/**
 * A browser signed in as `person`, from an address of its own, so that the
 * sign-in limit per address never trips across the tests of a file.
 */
export async function signedInBrowser(app: FastifyInstance, person: { email: string; password: string }): Promise<BrowserClient> {
  browsersMade += 1;
  const client = new BrowserClient(app, `10.250.${Math.floor(browsersMade / 250) % 250}.${(browsersMade % 250) + 1}`);
  const response = await client.signIn(person.email, person.password);
  if (response.statusCode !== 303) throw new Error(`${person.email} could not sign in: ${response.statusCode}`);
  return client;
}
