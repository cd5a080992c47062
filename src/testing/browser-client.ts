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
